/**
 * The one range two texts differ in: the common prefix and suffix are left alone, so an edit
 * touches only what changed (undo restores just that, the cursor and folds elsewhere stay put).
 * Never splits a `\r\n` or a surrogate pair.
 */
export interface ChangedRange {
  start: number;
  /** End in the old text. */
  end: number;
  insert: string;
}

const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

export function changedRange(before: string, after: string): ChangedRange {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Stay out of the middle of a line break or of a character made of two UTF-16 units.
  if (start > 0 && before[start - 1] === '\r') start--;
  else if (start > 0 && (isLow(before.charCodeAt(start)) || isLow(after.charCodeAt(start)))) start--;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  const first = before.length - tail;
  const splitsCrlf = before[first] === '\n' && (before[first - 1] === '\r' || after[after.length - tail - 1] === '\r');
  if (tail > 0 && (splitsCrlf || isLow(before.charCodeAt(first)))) tail--;
  return { start, end: before.length - tail, insert: after.slice(start, after.length - tail) };
}
