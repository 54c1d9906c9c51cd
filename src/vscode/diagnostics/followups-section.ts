/** Where the `## Follow-ups` section of a note is: from its heading to the next heading of level 1 or 2. */

export interface Section {
  /** Offsets in the note's text: the section's first character after the heading line, and its end. */
  start: number;
  end: number;
}

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;

export function followupsSection(text: string): Section | null {
  let offset = 0;
  let start = -1;
  let inFence = false;
  for (const line of linesWithBreaks(text)) {
    const bare = line.replace(/\r?\n$/, '');
    if (/^(```|~~~)/.test(bare)) inFence = !inFence;
    const m = inFence ? null : HEADING.exec(bare);
    if (m && (m[1]?.length ?? 0) <= 2) {
      if (start !== -1) return { start, end: offset };
      if (m[1] === '##' && (m[2] ?? '').toLowerCase() === 'follow-ups') start = offset + line.length;
    }
    offset += line.length;
  }
  return start === -1 ? null : { start, end: text.length };
}

function* linesWithBreaks(text: string): Generator<string> {
  let from = 0;
  while (from < text.length) {
    const nl = text.indexOf('\n', from);
    const to = nl === -1 ? text.length : nl + 1;
    yield text.slice(from, to);
    from = to;
  }
}
