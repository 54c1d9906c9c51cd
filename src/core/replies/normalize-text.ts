/**
 * Folds the text the way phrase rules are written (lower case, straight apostrophes and quotes,
 * single spaces) while remembering where each character came from, so findings can point at
 * the original text.
 */

export interface NormalizedText {
  text: string;
  /** For each UTF-16 unit of `text`: start and end offset of its source character in the original. */
  start: number[];
  end: number[];
}

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u201B', '\u02BC', '\u00B4', '`', '\u2032']);
const QUOTES = new Set(['\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB']);
const HYPHENS = new Set(['\u2010', '\u2011']);
/** Characters that carry no meaning for matching (soft hyphen, zero-width space and joiners). */
const INVISIBLE = new Set(['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']);

function fold(ch: string): string {
  if (APOSTROPHES.has(ch)) return "'";
  if (QUOTES.has(ch)) return '"';
  if (HYPHENS.has(ch)) return '-';
  return ch.toLowerCase();
}

export function normalizeText(input: string): NormalizedText {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let at = 0;
  // Tracked, not `text.endsWith(' ')`: that flattens the growing string each time (quadratic).
  let lastIsSpace = false;
  for (const ch of input) {
    const from = at;
    at += ch.length;
    if (INVISIBLE.has(ch)) continue;
    if (/\s/u.test(ch)) {
      if (lastIsSpace) {
        end[end.length - 1] = at;
        continue;
      }
      text += ' ';
      lastIsSpace = true;
      start.push(from);
      end.push(at);
      continue;
    }
    lastIsSpace = false;
    const folded = fold(ch);
    for (let i = 0; i < folded.length; i++) {
      start.push(from);
      end.push(at);
    }
    text += folded;
  }
  return { text, start, end };
}
