/**
 * Splits a note into BOM, frontmatter fences, YAML and body without touching a byte, so every
 * writer and reader agrees on where the frontmatter ends. Invariant:
 * `bom + open + (frontmatter ?? '') + close + body === noteText`.
 */

export type Eol = '\n' | '\r\n';

export interface NoteParts {
  bom: '' | '\uFEFF';
  /** The note's line ending: the opening fence's, else the first line break's, else `\n`. */
  eol: Eol;
  /** The YAML between the fences, with its line breaks; null when there is no (closed) frontmatter. */
  frontmatter: string | null;
  /** The opening fence line with its line break (`---\n`); '' without frontmatter. */
  open: string;
  /** The closing fence line with its line break, if any (`---\n`, `...`); '' without frontmatter. */
  close: string;
  body: string;
  /** The note starts with a `---` line that is never closed: neither frontmatter nor a safe body. */
  unclosed: boolean;
}

const OPEN_FENCE = /^---[ \t]*(\r?\n)/;
const CLOSE_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

export function splitNote(noteText: string): NoteParts {
  const bom = noteText.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = noteText.slice(bom.length);
  const open = OPEN_FENCE.exec(text);
  if (!open) {
    const none = { bom, eol: firstEol(text), frontmatter: null, open: '', close: '', body: text } as const;
    // A lone `---` line (no break) is a fence that never closes, like an unclosed block.
    return { ...none, unclosed: /^---[ \t]*$/.test(text) };
  }
  const eol: Eol = open[1] === '\r\n' ? '\r\n' : '\n';
  const yamlStart = open[0].length;
  let lineStart = yamlStart;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl + 1;
    const line = text.slice(lineStart, nl === -1 ? text.length : nl).replace(/\r$/, '');
    if (CLOSE_FENCE.test(line)) {
      return {
        bom,
        eol,
        frontmatter: text.slice(yamlStart, lineStart),
        open: open[0],
        close: text.slice(lineStart, lineEnd),
        body: text.slice(lineEnd),
        unclosed: false,
      };
    }
    if (nl === -1) break;
    lineStart = lineEnd;
  }
  return { bom, eol, frontmatter: null, open: '', close: '', body: text, unclosed: true };
}

function firstEol(text: string): Eol {
  const nl = text.indexOf('\n');
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}
