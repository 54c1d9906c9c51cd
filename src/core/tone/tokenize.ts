/**
 * One linear pass from text to sentences of tokens, keeping each token's offsets in the original
 * text. Quoted text (inside "…", “…”, ”…”, «…», or on a `>` line) is marked, so rules can skip
 * it. A sentence ends at . ! ? followed by a space, at a blank line and at a Markdown block line.
 *
 * Speed: a 1 MB text has ~200k tokens, so a sentence is a set of parallel arrays reused from one
 * sentence to the next (no object per token), characters are told apart by their code (no
 * one-character strings or sets), and each word's info bits (its language vote and which rules
 * can start from it, see word-info.ts) are looked up here, once per word.
 */
import { toneSteps } from './match';
import { EN_WORD, SV_LETTERS, SV_WORD } from './vote-bits';
import { pushLatinWord } from './word-forms';

import { BREAK, END, MARKS, OTHER, QUOTE, QUOTED, UPPER, WORD } from './token-kinds';

export { BREAK, END, MARKS, OTHER, QUOTE, QUOTED, UPPER, WORD };

/**
 * The tokens of one sentence. The tokenizer hands out the same object for every sentence: read it
 * before asking for the next one.
 */
export class Sentence {
  length = 0;
  /** Lower case, straight apostrophes and hyphens: what rules compare (words); the text as written (others). */
  readonly norm: string[] = [];
  start = new Int32Array(64);
  end = new Int32Array(64);
  kind = new Uint8Array(64);
  flags = new Uint8Array(64);
  /** A word's info bits (word-info.ts); 0 for other tokens. */
  info = new Int32Array(64);
  /** The info bits of the sentence's unquoted words, OR-ed: which rules can fire at all. */
  unquotedInfo = 0;
  /** The flags of the sentence's unquoted tokens, OR-ed: whether shouting has anything to look at. */
  unquotedFlags = 0;
  /** Answers about this sentence that rules ask more than once (see `sentenceHas`), made on first use. */
  memo: Map<unknown, boolean> | null = null;
  /** The language votes of all its words (quoted ones too), counted as they are pushed. */
  readonly votes = { sv: 0, en: 0 };

  push(kind: number, start: number, end: number, norm: string, flags: number, info: number): void {
    const k = this.length;
    if (k === this.start.length) this.grow();
    this.norm[k] = norm;
    this.start[k] = start;
    this.end[k] = end;
    this.kind[k] = kind;
    this.flags[k] = flags;
    this.info[k] = info;
    if (kind === WORD && info !== 0) {
      this.votes.sv += (info & SV_WORD ? 1 : 0) + (info & SV_LETTERS ? 1 : 0);
      this.votes.en += info & EN_WORD ? 1 : 0;
    }
    if ((flags & QUOTED) === 0) {
      this.unquotedFlags |= flags;
      if (kind === WORD) this.unquotedInfo |= info;
    }
    this.length = k + 1;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const more = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
    this.start = more(this.start, new Int32Array(size));
    this.end = more(this.end, new Int32Array(size));
    this.kind = more(this.kind, new Uint8Array(size));
    this.flags = more(this.flags, new Uint8Array(size));
    this.info = more(this.info, new Int32Array(size));
  }

  clear(): void {
    this.length = 0;
    this.unquotedInfo = 0;
    this.unquotedFlags = 0;
    this.memo = null;
    this.votes.sv = 0;
    this.votes.en = 0;
  }
}

/** A period after these is not a sentence end. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 't.ex', 'bl.a', 'd.v.s', 'dvs', 'osv', 'etc', 'mr', 'mrs', 'ms', 'dr', 'ca', 'kl', 'nr', 'jr', 'vs', 'resp']);

export function hasNonAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return true;
  return false;
}

/** ’ ‘ ʼ ‐ ‑: folded to ' and - so rules compare one spelling. */
const isFancy = (c: number): boolean => c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0x2010 || c === 0x2011;

function fold(word: string): string {
  const lower = word.toLowerCase();
  for (let k = 0; k < lower.length; k++) {
    if (isFancy(lower.charCodeAt(k))) return lower.replace(/[’‘ʼ]/g, "'").replace(/[‐‑]/g, '-');
  }
  return lower;
}

function isUpperWord(word: string): boolean {
  // Most words start with a lower-case ASCII letter: no need to build an upper-case copy.
  const first = word.charCodeAt(0);
  if (first >= 97 && first <= 122) return false;
  if (word !== word.toUpperCase() || word === word.toLowerCase()) return false;
  let letters = 0;
  for (const ch of word) if (ch.toLowerCase() !== ch) letters++;
  return letters >= 2;
}

const isAsciiWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** Answers for code points beyond ASCII, each found once by a regex (built on first use). */
const wordChars = new Map<number, boolean>();
const spaces = new Map<number, boolean>();

/** Letters and digits of any script. */
function isWordChar(code: number): boolean {
  if (code < 128) return isAsciiWordChar(code);
  let answer = wordChars.get(code);
  if (answer === undefined) {
    answer = /^[\p{L}\p{N}]$/u.test(String.fromCodePoint(code));
    wordChars.set(code, answer);
  }
  return answer;
}

/** Whitespace, for one UTF-16 unit (NaN, past the end, is none). */
function isSpaceCode(c: number): boolean {
  if (c === 32 || c === 9 || c === 10 || c === 13) return true;
  if (!(c > 127)) return false;
  let answer = spaces.get(c);
  if (answer === undefined) {
    answer = /\s/u.test(String.fromCharCode(c));
    spaces.set(c, answer);
  }
  return answer;
}

/** Inside a word between letters or digits: "haven't", "follow-up", "API:et", "t.ex". */
const isJoiner = (c: number): boolean => c === 39 || c === 45 || c === 58 || c === 46 || c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0x2010 || c === 0x2011;
/** . ! ? ¡ ！ ？ … */
const isEnd = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0xa1 || c === 0xff01 || c === 0xff1f || c === 0x2026;
/** , ; : ( ) [ ] – — */
const isBreak = (c: number): boolean => c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93 || c === 0x2013 || c === 0x2014;
/** " “ ” „ « » */
const isQuote = (c: number): boolean => c === 34 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb;
/** > - * + # | */
const isBlockMark = (c: number): boolean => c === 62 || c === 45 || c === 42 || c === 43 || c === 35 || c === 124;
/** The closing quote of an opening one: “…”, «…», „…“; any other quote closes itself. */
const closingOf = (c: number): number => (c === 0x201c ? 0x201d : c === 0xab ? 0xbb : c === 0x201e ? 0x201c : c);

const codeAt = (text: string, i: number): number => text.codePointAt(i) ?? 0;
const width = (code: number): number => (code > 0xffff ? 2 : 1);

/** After a newline at i: whether the next line starts a paragraph (blank line or block line). */
function newParagraphAfter(text: string, i: number): boolean {
  let k = i + 1;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
  const c = text.charCodeAt(k);
  if (c === 10 || isBlockMark(c)) return true;
  let d = k;
  while (d < text.length && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d++;
  return d > k && (text.charCodeAt(d) === 46 || text.charCodeAt(d) === 41) && isSpaceCode(text.charCodeAt(d + 1));
}

/** The end of the word that starts at i (whose first code point is `code`). */
function wordEnd(text: string, i: number, code: number): number {
  const n = text.length;
  let j = i + width(code);
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c < 128 ? isAsciiWordChar(c) : false) j++;
    else if (c >= 128 && isWordChar(codeAt(text, j))) j += width(codeAt(text, j));
    else if (isJoiner(c) && j + 1 < n && isWordChar(codeAt(text, j + 1))) j++;
    else break;
  }
  return j;
}

/**
 * Sentences one at a time, so a caller that has seen enough stops reading a huge text.
 * `infoOf` gives a word's info bits (see word-info.ts); the same Sentence object is yielded each time.
 */
export function* tokenize(text: string, infoOf: (norm: string) => number = () => 0): Generator<Sentence> {
  const s = new Sentence();
  const n = text.length;
  /** The closing quote awaited, or -1 outside quotes. */
  let quoteClose = -1;
  let quoteLine = /^[ \t]*>/.test(text.slice(0, 64));
  /** Counted here and added to toneSteps at each sentence: a counter in a local is cheaper. */
  let steps = 0;
  let i = 0;
  while (i < n) {
    steps++;
    const c = text.charCodeAt(i);
    const quoted = quoteLine || quoteClose !== -1 ? QUOTED : 0;
    if (c < 128 ? isAsciiWordChar(c) : isWordChar(codeAt(text, i))) {
      let j = pushLatinWord(s, text, i, quoted, infoOf, isWordChar);
      if (j < 0) {
        j = wordEnd(text, i, codeAt(text, i));
        const raw = text.slice(i, j);
        const norm = fold(raw);
        s.push(WORD, i, j, norm, quoted | (isUpperWord(raw) ? UPPER : 0), infoOf(norm));
      }
      i = j;
      continue;
    }
    if (c === 10) {
      if (newParagraphAfter(text, i)) {
        if (s.length > 0) {
          toneSteps.count += steps;
          steps = 0;
          yield s;
          s.clear();
        }
        quoteClose = -1;
        let k = i + 1;
        while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
        quoteLine = text.charCodeAt(k) === 62;
      } else if (quoteLine) {
        // A single newline is a space (hard-wrapped text), but a quoted line ends with it.
        if (s.length > 0) {
          toneSteps.count += steps;
          steps = 0;
          yield s;
          s.clear();
        }
        quoteLine = false;
      }
      i++;
      continue;
    }
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    if (isEnd(c)) {
      let j = i;
      let marks = 0;
      for (let e = c; j < n && isEnd(e); e = text.charCodeAt(++j)) {
        if (e === 33 || e === 63 || e === 0xff01 || e === 0xff1f) marks = MARKS;
      }
      const raw = text.slice(i, j);
      const p = s.length - 1;
      const abbreviation = raw === '.' && p >= 0 && s.kind[p] === WORD && s.end[p] === i && ABBREVIATIONS.has(s.norm[p] as string);
      s.push(abbreviation ? OTHER : END, i, j, raw, quoted | marks, 0);
      i = j;
      if (!abbreviation && quoted === 0 && (j >= n || isSpaceCode(text.charCodeAt(j))) && s.length > 0) {
        toneSteps.count += steps;
        steps = 0;
        yield s;
        s.clear();
      }
      continue;
    }
    if (isBreak(c)) {
      s.push(BREAK, i, i + 1, text.charAt(i), quoted, 0);
      i++;
      continue;
    }
    if (isQuote(c)) {
      const closing = quoteClose !== -1 && (c === quoteClose || c === 34 || c === 0x201d || c === 0xbb);
      const prevEnd = s.length > 0 && s.kind[s.length - 1] === END;
      s.push(QUOTE, i, i + 1, '"', QUOTED, 0);
      i++;
      if (!closing) {
        if (quoteClose === -1) quoteClose = closingOf(c);
        continue;
      }
      quoteClose = -1;
      // A closing quote after . ! ? ends the sentence the quote ended.
      if (prevEnd && (i >= n || isSpaceCode(text.charCodeAt(i)))) {
        toneSteps.count += steps;
        steps = 0;
        yield s;
        s.clear();
      }
      continue;
    }
    const w = width(codeAt(text, i));
    s.push(OTHER, i, i + w, text.slice(i, i + w), quoted, 0);
    i += w;
  }
  toneSteps.count += steps;
  if (s.length > 0) yield s;
}
