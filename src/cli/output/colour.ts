/**
 * ANSI colour for a terminal, none otherwise: not when stdout is a pipe or a file, and not when
 * NO_COLOR is set to anything (https://no-color.org). FORCE_COLOR decides before both: `0` or
 * `false` is never, any other value always (`--color` / `--no-color` set it, main.ts).
 */
export type Paint = (text: string) => string;

export interface Palette {
  bold: Paint;
  dim: Paint;
  red: Paint;
  yellow: Paint;
  green: Paint;
  cyan: Paint;
}

const sgr =
  (open: number, close: number): Paint =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const plain: Paint = (text) => text;

function forced(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  return !(value === '0' || value.toLowerCase() === 'false');
}

export function paletteFor(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): Palette {
  const on = forced(env.FORCE_COLOR) ?? (stream.isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === ''));
  if (!on) return { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain };
  return { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39), cyan: sgr(36, 39) };
}
