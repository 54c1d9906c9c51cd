/**
 * One linear pass from text to sentences of tokens, keeping each token's offsets in the original
 * text. Quoted text (inside "…", “…”, ”…”, «…», or on a `>` line) is marked, so rules can skip
 * it. A sentence ends at . ! ? followed by a space, at a blank line and at a Markdown block line.
 */

import { toneSteps } from './match';

export type TokenKind = 'word' | 'end' | 'break' | 'quote' | 'other';

export interface Token {
  /** Lower case, straight apostrophes and hyphens: what rules compare. */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** A word of two or more letters, all capitals. */
  upper: boolean;
  quoted: boolean;
}

export interface Sentence {
  tokens: Token[];
}

/** A period after these is not a sentence end. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 't.ex', 'bl.a', 'd.v.s', 'dvs', 'osv', 'etc', 'mr', 'mrs', 'ms', 'dr', 'ca', 'kl', 'nr', 'jr', 'vs', 'resp']);
const CLOSING_OF: Record<string, string> = { '“': '”', '«': '»', '„': '“' };

const FANCY = /[’‘ʼ‐‑]/;

export function hasNonAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return true;
  return false;
}

function fold(word: string): string {
  const lower = word.toLowerCase();
  return hasNonAscii(lower) && FANCY.test(lower) ? lower.replace(/[’‘ʼ]/g, "'").replace(/[‐‑]/g, '-') : lower;
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

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const known = new Map<number, boolean>();

/** Letters and digits of any script; ASCII decided without a regex, other code points once each. */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  let answer = known.get(code);
  if (answer === undefined) {
    answer = LETTER_OR_DIGIT.test(String.fromCodePoint(code));
    known.set(code, answer);
  }
  return answer;
}

/** Inside a word between letters or digits: "haven't", "follow-up", "API:et", "t.ex". */
const JOINERS = new Set(["'", '’', '‘', 'ʼ', '-', '‐', '‑', ':', '.']);
const ENDS = new Set(['.', '!', '?', '¡', '！', '？', '…']);
const BREAKS = new Set([',', ';', ':', '(', ')', '[', ']', '–', '—']);
const QUOTES = new Set(['"', '“', '”', '„', '«', '»']);
const BLOCK_MARKS = new Set(['>', '-', '*', '+', '#', '|']);
const SPACE_RE = /\s/u;

/** Whitespace; the ASCII cases without a regex (one per word in running text). */
function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c === 32 || c === 9 || c === 10 || c === 13) return true;
  return c > 127 && SPACE_RE.test(ch);
}

const codeAt = (text: string, i: number): number => text.codePointAt(i) ?? 0;
const width = (code: number): number => (code > 0xffff ? 2 : 1);

/** After a newline at i: whether the next line starts a paragraph (blank line or block line). */
function newParagraphAfter(text: string, i: number): boolean {
  let k = i + 1;
  while (text[k] === ' ' || text[k] === '\t') k++;
  const ch = text[k] ?? '';
  if (ch === '\n' || BLOCK_MARKS.has(ch)) return true;
  let d = k;
  while (d < text.length && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d++;
  return d > k && (text[d] === '.' || text[d] === ')') && isSpace(text[d + 1] ?? '');
}

/** Sentences one at a time, so a caller that has seen enough stops reading a huge text. */
export function* tokenize(text: string): Generator<Sentence> {
  let tokens: Token[] = [];
  let quoteClose: string | null = null;
  let quoteLine = /^[ \t]*>/.test(text.slice(0, 64));
  const take = (): Sentence | null => {
    const sentence = tokens.length > 0 ? { tokens } : null;
    tokens = [];
    return sentence;
  };
  const push = (kind: TokenKind, start: number, end: number, norm: string, quoted: boolean): void => {
    tokens.push({ norm, start, end, kind, upper: false, quoted });
  };
  let i = 0;
  while (i < text.length) {
    toneSteps.count++;
    const code = codeAt(text, i);
    const ch = text[i] ?? '';
    const quoted = quoteLine || quoteClose !== null;
    if (isWordChar(code)) {
      let j = i + width(code);
      for (;;) {
        const c = codeAt(text, j);
        if (j < text.length && isWordChar(c)) j += width(c);
        else if (JOINERS.has(text[j] ?? '') && j + 1 < text.length && isWordChar(codeAt(text, j + 1))) j += 1;
        else break;
      }
      const raw = text.slice(i, j);
      tokens.push({ norm: fold(raw), start: i, end: j, kind: 'word', upper: isUpperWord(raw), quoted });
      i = j;
      continue;
    }
    if (ch === '\n') {
      if (newParagraphAfter(text, i)) {
        const s = take();
        if (s) yield s;
        quoteClose = null;
        let k = i + 1;
        while (text[k] === ' ' || text[k] === '\t') k++;
        quoteLine = text[k] === '>';
      } else if (quoteLine) {
        // A single newline is a space (hard-wrapped text), but a quoted line ends with it.
        const s = take();
        if (s) yield s;
        quoteLine = false;
      }
      i++;
      continue;
    }
    if (isSpace(ch)) {
      i++;
      continue;
    }
    if (ENDS.has(ch)) {
      let j = i + 1;
      while (j < text.length && ENDS.has(text[j] ?? '')) j++;
      const raw = text.slice(i, j);
      const prev = tokens[tokens.length - 1];
      const next = text.charAt(j);
      const abbreviation = raw === '.' && prev?.kind === 'word' && prev.end === i && ABBREVIATIONS.has(prev.norm);
      push(abbreviation ? 'other' : 'end', i, j, raw, quoted);
      i = j;
      if (!abbreviation && !quoted && (next === '' || isSpace(next))) {
        const s = take();
        if (s) yield s;
      }
      continue;
    }
    if (BREAKS.has(ch)) {
      push('break', i, i + 1, ch, quoted);
      i++;
      continue;
    }
    if (QUOTES.has(ch)) {
      const closing = quoteClose !== null && (ch === quoteClose || ch === '"' || ch === '”' || ch === '»');
      const prev = tokens[tokens.length - 1];
      push('quote', i, i + 1, '"', true);
      i++;
      if (!closing) {
        if (quoteClose === null) quoteClose = CLOSING_OF[ch] ?? ch;
        continue;
      }
      quoteClose = null;
      // A closing quote after . ! ? ends the sentence the quote ended.
      const next = text.charAt(i);
      if (prev?.kind === 'end' && (next === '' || isSpace(next))) {
        const s = take();
        if (s) yield s;
      }
      continue;
    }
    const w = width(code);
    push('other', i, i + w, text.slice(i, i + w), quoted);
    i += w;
  }
  const s = take();
  if (s) yield s;
}
