/**
 * A clause: the unquoted words of a sentence between commas, colons, brackets and quotes. Rules
 * look at clauses, so "Why haven't you answered?" inside a quote, or a subject in one clause and
 * a verb in the next, never combine.
 */
import type { Language } from '../types';
import { toneSteps } from './match';
import { END, QUOTED, WORD, BREAK, QUOTE, type Sentence } from './tokenize';
import { familiesOf } from './word-info';

export interface Clause {
  words: string[];
  /** For each word, its token's index in the sentence (its offsets are `sentence.start/end[at[k]]`). */
  at: number[];
  /** For each word, the rule families (of the sentence's language) that can start from it. */
  masks: number[];
  /** The families any word of the clause can start: the rest are not run. */
  families: number;
  /** The sentence's tokens, for rules that need a second cue anywhere in it (see `sentenceHas`). */
  sentence: Sentence;
  /** The sentence's closing punctuation (e.g. "??") when this is its last clause; else "". */
  endMark: string;
  /** Whether this clause is the whole sentence. */
  alone: boolean;
}

/**
 * Clause objects and their arrays are reused from sentence to sentence (a 1 MB text has ~24k
 * clauses; new arrays for each were most of the check's garbage). Like the Sentence, what
 * `clausesOf` returns is valid until its next call.
 */
const pool: Clause[] = [];
const clauses: Clause[] = [];

/** The next pooled clause for `sentence`, its arrays emptied. */
function clauseAt(index: number, sentence: Sentence): Clause {
  let c = pool[index];
  if (c === undefined) {
    c = { words: [], at: [], masks: [], families: 0, sentence, endMark: '', alone: false };
    pool.push(c);
  }
  c.sentence = sentence;
  c.families = 0;
  c.endMark = '';
  c.alone = false;
  return c;
}

/** Cuts a reused array to the `n` entries written into it this time (pop: setting length is a slow builtin call). */
function cut<T>(a: T[], n: number): void {
  while (a.length > n) a.pop();
}

export function clausesOf(sentence: Sentence, language: Language): Clause[] {
  let count = 0;
  let c = clauseAt(0, sentence);
  let n = 0;
  const { kind, flags, info, norm } = sentence;
  for (let k = 0; k < sentence.length; k++) {
    const quoted = (flags[k] as number) & QUOTED;
    const kk = kind[k];
    if (kk === WORD && quoted === 0) {
      toneSteps.count++;
      const m = familiesOf(info[k] as number, language);
      c.words[n] = norm[k] as string;
      c.at[n] = k;
      c.masks[n] = m;
      c.families |= m;
      n++;
    } else if (n > 0 && (kk === BREAK || kk === QUOTE || kk === END || quoted !== 0)) {
      // A clause ends here; an empty one (two breaks in a row, the sentence's end) is not kept.
      cut(c.words, n);
      cut(c.at, n);
      cut(c.masks, n);
      clauses[count++] = c;
      c = clauseAt(count, sentence);
      n = 0;
    }
  }
  if (n > 0) {
    cut(c.words, n);
    cut(c.at, n);
    cut(c.masks, n);
    clauses[count++] = c;
  }
  cut(clauses, count);
  const last = clauses[count - 1];
  const f = sentence.length - 1;
  if (last && kind[f] === END && ((flags[f] as number) & QUOTED) === 0) last.endMark = norm[f] as string;
  if (count === 1 && last) last.alone = true;
  return clauses;
}

/** The language of one sentence by its common words and letters; `fallback` when they do not tell. */
export function languageOf(sentence: Sentence, fallback: Language): Language {
  // The votes are counted as the tokenizer pushes the words (see `Sentence.push`).
  const { sv, en } = sentence.votes;
  if (sv === en) return fallback;
  return sv > en ? 'sv' : 'en';
}
