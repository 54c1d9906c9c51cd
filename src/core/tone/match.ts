/** Small helpers the rules share: word classes and bounded look-around in a clause (linear time). */
import type { Clause } from './clause';
import { QUOTED, WORD } from './tokenize';
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

/** Whether w starts with 0-9 (what /^\d/ tests, without running a regex on every word). */
export function startsWithDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Whether w is one of the words: for one-off lists inside rules (no Set built per call). */
export function among(words: readonly string[], w: string): boolean {
  for (let k = 0; k < words.length; k++) if (words[k] === w) return true;
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

/** Whether words[i..] starts with the given words (up to four: fixed parameters, so no array per call). */
export function seq(words: readonly string[], i: number, a: string, b?: string, c?: string, d?: string): boolean {
  if (words[i] !== a) return false;
  if (b === undefined) return true;
  if (words[i + 1] !== b) return false;
  if (c === undefined) return true;
  if (words[i + 2] !== c) return false;
  return d === undefined || words[i + 3] === d;
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
  const a = Math.max(0, from);
  const b = Math.min(c.at.length - 1, to);
  if (a >= c.at.length || b < 0) return '';
  return text.slice(c.sentence.start[c.at[a] as number], c.sentence.end[c.at[b] as number]).replace(/\s+/g, ' ');
}

export function hit(rule: string, category: ToneCategory, from: number, to: number, parts: Record<string, string> = {}): Hit {
  return { rule, category, from: Math.min(from, to), to: Math.max(from, to), parts };
}

/** Whether any word of the clause's sentence passes; computed once per sentence and test. */
export function sentenceHas(c: Clause, test: WordTest): boolean {
  const memo = (c.sentence.memo ??= new Map<unknown, boolean>());
  let answer = memo.get(test);
  if (answer === undefined) {
    answer = false;
    const { kind, flags, norm } = c.sentence;
    for (let k = 0; k < c.sentence.length; k++) {
      toneSteps.count++;
      if (kind[k] === WORD && ((flags[k] as number) & QUOTED) === 0 && test(norm[k] as string)) {
        answer = true;
        break;
      }
    }
    memo.set(test, answer);
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
