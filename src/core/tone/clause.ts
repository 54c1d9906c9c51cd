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

export function clausesOf(sentence: Sentence, language: Language): Clause[] {
  const clauses: Clause[] = [];
  let words: string[] = [];
  let at: number[] = [];
  let masks: number[] = [];
  let families = 0;
  const close = (): void => {
    // An empty clause (two breaks in a row, the sentence's end) needs no new arrays.
    if (words.length === 0) return;
    clauses.push({ words, at, masks, families, sentence, endMark: '', alone: false });
    words = [];
    at = [];
    masks = [];
    families = 0;
  };
  const { kind, flags, info, norm } = sentence;
  for (let k = 0; k < sentence.length; k++) {
    const quoted = (flags[k] as number) & QUOTED;
    const kk = kind[k];
    if (kk === WORD && quoted === 0) {
      toneSteps.count++;
      const m = familiesOf(info[k] as number, language);
      words.push(norm[k] as string);
      at.push(k);
      masks.push(m);
      families |= m;
    } else if (kk === BREAK || kk === QUOTE || kk === END || quoted !== 0) close();
  }
  close();
  const last = clauses[clauses.length - 1];
  const f = sentence.length - 1;
  if (last && kind[f] === END && ((flags[f] as number) & QUOTED) === 0) last.endMark = norm[f] as string;
  if (clauses.length === 1 && last) last.alone = true;
  return clauses;
}

/** The language of one sentence by its common words and letters; `fallback` when they do not tell. */
export function languageOf(sentence: Sentence, fallback: Language): Language {
  // The votes are counted as the tokenizer pushes the words (see `Sentence.push`).
  const { sv, en } = sentence.votes;
  if (sv === en) return fallback;
  return sv > en ? 'sv' : 'en';
}
