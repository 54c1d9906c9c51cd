/**
 * A clause: the unquoted words of a sentence between commas, colons, brackets and quotes. Rules
 * look at clauses, so "Why haven't you answered?" inside a quote, or a subject in one clause and
 * a verb in the next, never combine.
 */
import type { Language } from '../types';
import { hasNonAscii, type Sentence, type Token } from './tokenize';

const SWEDISH_LETTERS = /[åäö]/;

export interface Clause {
  words: string[];
  tokens: Token[];
  /** The sentence's tokens, for rules that need a second cue anywhere in it (see `sentenceHas`). */
  sentence: Sentence;
  /** The sentence's closing punctuation (e.g. "??") when this is its last clause; else "". */
  endMark: string;
  /** Whether this clause is the whole sentence. */
  alone: boolean;
  /** Shared by the sentence's clauses: answers of `sentenceHas`, so each test scans a sentence once. */
  memo: Map<unknown, boolean>;
}

export function clausesOf(sentence: Sentence): Clause[] {
  const clauses: Clause[] = [];
  const memo = new Map<unknown, boolean>();
  let words: string[] = [];
  let tokens: Token[] = [];
  const close = (): void => {
    if (tokens.length > 0) clauses.push({ words, tokens, sentence, endMark: '', alone: false, memo });
    words = [];
    tokens = [];
  };
  for (const t of sentence.tokens) {
    if (t.kind === 'word' && !t.quoted) {
      words.push(t.norm);
      tokens.push(t);
    } else if (t.kind === 'break' || t.kind === 'quote' || t.kind === 'end' || t.quoted) close();
  }
  close();
  const last = clauses[clauses.length - 1];
  const finalToken = sentence.tokens[sentence.tokens.length - 1];
  if (last && finalToken?.kind === 'end' && !finalToken.quoted) last.endMark = finalToken.norm;
  if (clauses.length === 1 && last) last.alone = true;
  return clauses;
}

const SV_WORDS = new Set([
  'och', 'att', 'det', 'jag', 'du', 'inte', 'är', 'för', 'på', 'med', 'som', 'har', 'en', 'ett', 'vi', 'ni', 'mig', 'dig', 'hej',
  'tack', 'om', 'till', 'av', 'kan', 'vill', 'så', 'men', 'min', 'mitt', 'din', 'ditt', 'er', 'ert', 'här', 'nu', 'än', 'aldrig',
  'svar', 'svara', 'hör', 'gärna', 'inget', 'ingen', 'varför', 'hur', 'vad', 'där', 'senast', 'måste', 'behöver', 'fortfarande',
]);
const EN_WORDS = new Set([
  'the', 'and', 'to', 'you', 'is', 'of', 'for', 'that', 'have', 'it', 'not', 'this', 'with', 'please', 'thanks', 'my', 'your',
  'me', 'we', 'be', 'are', 'was', 'on', 'at', 'by', 'so', 'but', 'if', 'would', 'just', 'again', 'still', 'why', 'what', 'hello',
  "i'm", "i've", "you've", "haven't", "don't", "didn't", 'reply', 'email', 'any', 'all', 'there', 'time', 'get', 'back', 'no',
  'a', 'an', 'as', 'in', 'or', 'one', 'they', 'them', 'their', 'from', 'read', 'which', 'than',
]);

/** The language of one sentence by its common words and letters; `fallback` when they do not tell. */
export function languageOf(sentence: Sentence, fallback: Language): Language {
  let sv = 0;
  let en = 0;
  for (const t of sentence.tokens) {
    if (t.kind !== 'word') continue;
    if (SV_WORDS.has(t.norm)) sv++;
    if (EN_WORDS.has(t.norm)) en++;
    if (hasNonAscii(t.norm) && SWEDISH_LETTERS.test(t.norm)) sv++;
  }
  if (sv === en) return fallback;
  return sv > en ? 'sv' : 'en';
}
