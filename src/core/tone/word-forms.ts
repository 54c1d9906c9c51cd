/**
 * Most words of a long text were seen before. A word of plain Latin letters (ASCII and Latin-1:
 * å, ä, ö, é, ...) is scanned once, hashing its lower case on the way, and found in a small
 * direct-mapped cache of recent forms: no copy cut out of the text, no new string to hash. Other
 * words (other scripts, curly apostrophes) take the tokenizer's general path.
 */

/** What `latinWordEnd` saw: the hash of the lower-case form and the count of each case. */
export const scanned = { hash: 0, upper: 0, lower: 0, info: 0 };

const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The end of the word at i when it is all Latin letters and digits (joined by ' - : . between
 * two of them), else -1: a word the general path must read (another script, a curly joiner).
 * `isWordChar` decides whether a code point beyond Latin-1 continues the word.
 */
export function latinWordEnd(text: string, i: number, isWordChar: (code: number) => boolean): number {
  const n = text.length;
  let h = 0x811c9dc5;
  let upper = 0;
  let lower = 0;
  let j = i;
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
  scanned.hash = h >>> 0;
  scanned.upper = upper;
  scanned.lower = lower;
  return j;
}

const SLOTS = 1 << 14;
let forms: string[] = [];
let infos = new Int32Array(0);
let owner: unknown = null;

/**
 * The lower-case form of the word text[i..j) just scanned by `latinWordEnd`, from the cache when
 * it was seen before; `scanned.info` gets its `infoOf`. The cache is made on first use, and again
 * when another `infoOf` asks (its answers would differ).
 */
export function latinForm(text: string, i: number, j: number, infoOf: (norm: string) => number): string {
  if (owner !== infoOf) {
    forms = new Array<string>(SLOTS).fill('');
    infos = new Int32Array(SLOTS);
    owner = infoOf;
  }
  const slot = scanned.hash & (SLOTS - 1);
  let form = forms[slot] as string;
  let same = form.length === j - i;
  // A word without capitals is its own lower case: one native comparison.
  if (same && scanned.upper === 0) same = text.startsWith(form, i);
  else for (let k = 0; same && k < form.length; k++) {
    const c = text.charCodeAt(i + k);
    same = (isUpper(c) ? c + 32 : c) === form.charCodeAt(k);
  }
  if (!same) {
    form = text.slice(i, j).toLowerCase();
    forms[slot] = form;
    infos[slot] = infoOf(form);
  }
  scanned.info = infos[slot] as number;
  return form;
}
