/**
 * Human output fits the terminal: `process.stdout.columns` on a terminal, else `COLUMNS` when
 * set, else 80. Long lines are wrapped at spaces (continuation lines keep the indent, plus
 * two, or go under a label's text), and a word longer than the line is cut. Widths count
 * code points and skip the palette's colour codes (colour.ts); JSON output is never fitted.
 */

// eslint-disable-next-line no-control-regex -- the palette's SGR codes take no columns
const SGR = /\u001b\[\d+m/g;
const MIN_WIDTH = 20;

export function terminalWidth(stream: { isTTY?: boolean; columns?: number }, env: Readonly<Record<string, string | undefined>>): number {
  if (stream.isTTY === true && typeof stream.columns === 'number' && stream.columns > 0) return Math.max(stream.columns, MIN_WIDTH);
  const fromEnv = Number(env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return Math.max(fromEnv, MIN_WIDTH);
  return 80;
}

/** Columns a string takes on screen (code points, colour codes excluded). */
export function visibleWidth(text: string): number {
  return [...text.replace(SGR, '')].length;
}

/** Plain text cut to `width` columns, an ellipsis marking the cut. */
export function truncate(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(width - 1, 0)).join('')}…`;
}

/**
 * One line wrapped into lines of at most `width` columns. The spaces between two words on the
 * same line are kept as they were (aligned columns stay aligned); a break drops them. A line
 * that starts with a label and two or more spaces continues under the text after them.
 */
function wrapLine(line: string, width: number): string[] {
  if (visibleWidth(line) <= width) return [line];
  const indent = /^ */.exec(line)?.[0] ?? '';
  // A label and its text ("  --json   print ...", "3:1  \"phrase\" ..."): continue under the text.
  const label = /^ *\S.*?\S {2,}(?=\S)/.exec(line)?.[0].length ?? 0;
  const more = label > 0 && label <= width / 2 ? ' '.repeat(label) : `${indent}  `.slice(0, Math.floor(width / 2));
  const out: string[] = [];
  let text = indent;
  let used = indent.length;
  let empty = true;
  const flush = (): void => {
    out.push(text);
    text = more;
    used = more.length;
    empty = true;
  };
  const add = (gap: string, word: string): void => {
    const before = empty ? '' : gap;
    text += before + word;
    used += before.length + visibleWidth(word);
    empty = false;
  };
  for (const [, gap = '', found = ''] of line.slice(indent.length).matchAll(/( *)([^ ]+)/g)) {
    let word = found;
    if (!empty && used + gap.length + visibleWidth(word) > width) flush();
    // A word longer than a whole line is cut into pieces (colour codes inside it are dropped).
    while (used + visibleWidth(word) > width) {
      const chars = [...word.replace(SGR, '')];
      const room = Math.max(width - used, 1);
      add(gap, chars.slice(0, room).join(''));
      flush();
      word = chars.slice(room).join('');
    }
    if (word !== '') add(gap, word);
  }
  if (!empty) out.push(text);
  return out;
}

/** Every line of `text` fitted to `width` columns. */
export function wrapText(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => wrapLine(line, width))
    .join('\n');
}
