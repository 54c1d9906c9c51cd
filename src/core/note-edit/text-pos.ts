/** Line arithmetic over source text, for splicing edits without re-serialising anything. */

export function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** Just after the line break ending the line that holds `pos - 1`; `pos` itself if it starts a line. */
export function lineEndAfter(text: string, pos: number): number {
  if (pos > 0 && text[pos - 1] === '\n') return pos;
  const nl = text.indexOf('\n', pos);
  return nl === -1 ? text.length : nl + 1;
}

/** The line break that ends just before `end` ('' when `end` is not after a break). */
export function breakBefore(text: string, end: number): string {
  if (text[end - 1] !== '\n') return '';
  return text[end - 2] === '\r' ? '\r\n' : '\n';
}

/** The rest of the line from `pos`, without its line break. */
export function restOfLine(text: string, pos: number): string {
  const nl = text.indexOf('\n', pos);
  return text.slice(pos, nl === -1 ? text.length : nl).replace(/\r$/, '');
}

export function splice(text: string, from: number, to: number, insert: string): string {
  return text.slice(0, from) + insert + text.slice(to);
}
