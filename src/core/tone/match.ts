/** Small helpers the rules share: word classes and bounded look-around in a clause (linear time). */
import type { Clause } from './clause';
import type { Hit, ToneCategory } from './types';

export type WordTest = (w: string) => boolean;

/**
 * How many elementary steps (tokens read, words looked at) the check has taken since the process
 * started: lets a test show the work grows linearly with the text without timing anything.
 */
export const toneSteps = { count: 0 };

export const oneOf = (...words: string[]): WordTest => {
  const set = new Set(words);
  return (w) => set.has(w);
};

/** The words (and word shapes) a rule family can start from: the cheap first test of every word. */
export function gate(words: readonly string[], shape?: RegExp): WordTest {
  const set = new Set(words);
  return (w) => set.has(w) || (shape !== undefined && shape.test(w));
}

/** Whether w is one of the words: for one-off lists inside rules (no Set built per call). */
export function among(words: readonly string[], w: string): boolean {
  for (const x of words) if (x === w) return true;
  return false;
}

/** The nearest index in (i - max .. i - 1) whose word passes, else -1. */
export function back(words: readonly string[], i: number, max: number, test: WordTest): number {
  for (let k = i - 1; k >= 0 && k >= i - max; k--) {
    toneSteps.count++;
    if (test(words[k] ?? '')) return k;
  }
  return -1;
}

/** The nearest index in (i + 1 .. i + max) whose word passes, else -1. */
export function ahead(words: readonly string[], i: number, max: number, test: WordTest): number {
  for (let k = i + 1; k < words.length && k <= i + max; k++) {
    toneSteps.count++;
    if (test(words[k] ?? '')) return k;
  }
  return -1;
}

/** Whether words[i..] starts with the given words. */
export function seq(words: readonly string[], i: number, ...expected: string[]): boolean {
  return expected.every((w, k) => words[i + k] === w);
}

export function anyIn(words: readonly string[], from: number, to: number, test: WordTest): boolean {
  for (let k = Math.max(0, from); k <= to && k < words.length; k++) {
    toneSteps.count++;
    if (test(words[k] ?? '')) return true;
  }
  return false;
}

/** The clause's words from..to as written (original case), for explanations. */
export function said(c: Clause, text: string, from: number, to: number): string {
  const a = c.tokens[Math.max(0, from)];
  const b = c.tokens[Math.min(c.tokens.length - 1, to)];
  return a && b ? text.slice(a.start, b.end).replace(/\s+/g, ' ') : '';
}

export function hit(rule: string, category: ToneCategory, from: number, to: number, parts: Record<string, string> = {}): Hit {
  return { rule, category, from: Math.min(from, to), to: Math.max(from, to), parts };
}

/** Whether any word of the clause's sentence passes; computed once per sentence and test. */
export function sentenceHas(c: Clause, test: WordTest): boolean {
  let answer = c.memo.get(test);
  if (answer === undefined) {
    answer = false;
    for (const t of c.sentence.tokens) {
      toneSteps.count++;
      if (t.kind === 'word' && !t.quoted && test(t.norm)) {
        answer = true;
        break;
      }
    }
    c.memo.set(test, answer);
  }
  return answer;
}

/** Whether one of the last hits already covers word i (only the last few: hits come in order). */
export function covered(out: readonly Hit[], i: number): boolean {
  for (let k = out.length - 1; k >= 0 && k >= out.length - 4; k--) {
    const h = out[k];
    if (h && h.from <= i && i <= h.to) return true;
  }
  return false;
}

/**
 * For each word, which rule families can start from it (bit k: families[k]), remembered per
 * distinct word: a text repeats its words, so each gate's regex runs about once per word form.
 */
export class WordMasks {
  private readonly known = new Map<string, number>();

  constructor(private readonly families: readonly WordTest[]) {}

  of(words: readonly string[]): number[] {
    if (this.known.size > 50_000) this.known.clear();
    return words.map((w) => {
      toneSteps.count++;
      let mask = this.known.get(w);
      if (mask === undefined) {
        mask = 0;
        this.families.forEach((test, k) => {
          if (test(w)) mask = (mask ?? 0) | (1 << k);
        });
        this.known.set(w, mask);
      }
      return mask;
    });
  }
}
