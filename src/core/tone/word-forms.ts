/**
 * Most words of a long text were seen before. A word of plain Latin letters (ASCII and Latin-1:
 * å, ä, ö, é, ...) is scanned once, hashing its lower case on the way, and found in a small
 * direct-mapped cache of recent forms: no copy cut out of the text, no new string to hash. Other
 * words (other scripts, curly apostrophes) take the tokenizer's general path.
 */
import type { Sentence } from './tokenize';
import { UPPER, WORD } from './token-kinds';

const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

const SLOTS = 1 << 14;
let forms: string[] = [];
let infos = new Int32Array(0);
let owner: unknown = null;

/**
 * Reads the word at i when it is all Latin letters and digits (joined by ' - : . between two of
 * them) and pushes it onto `s` with its lower-case form (from the cache when it was seen before)
 * and its `infoOf`; returns its end. Returns -1, pushing nothing, for a word the general path
 * must read (another script, a curly joiner). `isWordChar` decides whether a code point beyond
 * Latin-1 continues the word. The cache is made on first use, and again when another `infoOf`
 * asks (its answers would differ).
 *
 * Scan, cache and push are one function on purpose: as three, whether V8 inlined them into the
 * tokenizer depended on its inlining budget, which they filled to the edge, and differed from
 * process to process (±20% of the whole check). One function this size is never inlined into
 * the tokenizer, so every process compiles it the same way.
 */
export function pushLatinWord(s: Sentence, text: string, i: number, quoted: number, infoOf: (norm: string) => number, isWordChar: (code: number) => boolean): number {
  const n = text.length;
  let h = 0x811c9dc5;
  let upper = 0;
  let lower = 0;
  let j = i;
  // The scan: the word's end, hashing its lower case and counting each case on the way.
  for (;;) {
    let c = text.charCodeAt(j);
    if (isLower(c)) lower++;
    else if (isUpper(c)) {
      upper++;
      c += 32;
    } else if (!isDigit(c)) {
      if (j === i) return -1;
      if (c >= 128) {
        // A letter of another script or a curly joiner: the word is not plain Latin.
        if (isWordChar(text.codePointAt(j) ?? 0) || c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0x2010 || c === 0x2011) return -1;
        break;
      }
      if (!(c === 39 || c === 45 || c === 58 || c === 46) || j + 1 >= n) break;
      const next = text.charCodeAt(j + 1);
      if (!(isLower(next) || isUpper(next) || isDigit(next))) {
        if (next >= 128 && isWordChar(text.codePointAt(j + 1) ?? 0)) return -1;
        break;
      }
    }
    h = Math.imul(h ^ c, 0x01000193);
    j++;
    if (j >= n) break;
  }
  // The cache: one slot per hash; a word without capitals is its own lower case (one native comparison).
  if (owner !== infoOf) {
    forms = new Array<string>(SLOTS).fill('');
    infos = new Int32Array(SLOTS);
    owner = infoOf;
  }
  const slot = (h >>> 0) & (SLOTS - 1);
  let form = forms[slot] as string;
  let same = form.length === j - i;
  if (same && upper === 0) same = text.startsWith(form, i);
  else for (let k = 0; same && k < form.length; k++) {
    const c = text.charCodeAt(i + k);
    same = (isUpper(c) ? c + 32 : c) === form.charCodeAt(k);
  }
  if (!same) {
    form = text.slice(i, j).toLowerCase();
    forms[slot] = form;
    infos[slot] = infoOf(form);
  }
  // All capitals, two letters or more: what isUpperWord says for Latin letters.
  s.push(WORD, i, j, form, quoted | (lower === 0 && upper >= 2 ? UPPER : 0), infos[slot] as number);
  return j;
}
