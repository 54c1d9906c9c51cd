/**
 * How a draft is written into a note: a `### Draft — …` block under `## Follow-ups`.
 * Pure functions over the note body; the write itself is `applyEdit`'s job.
 */
import type { Kind, PartOfDay } from '../types';

/** What a draft says; built by `draft()` in this folder. */
export interface Draft {
  subject: string;
  body: string;
  kind: Kind;
  step: number;
  language: 'en' | 'sv';
  /** The personal hook woven in, or null when the draft asks the user to add one. */
  hook: string | null;
}

/** A rendered block: the heading line (used to spot duplicates) and the full Markdown. */
export interface DraftBlock {
  heading: string;
  markdown: string;
}

export const FOLLOW_UPS_HEADING = '## Follow-ups';

const SHORT_WEEKDAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/**
 * `### Draft — follow-up 2 — 2026-11-25 (Wed afternoon)`. The date and part of day are when
 * to send; the same step on the same day always gives the same heading.
 */
export function renderDraftBlock(draft: Draft, sendOn: string, weekday: number, part: PartOfDay): DraftBlock {
  const heading = `### Draft — ${draft.kind} ${draft.step} — ${sendOn} (${SHORT_WEEKDAY[weekday] ?? ''} ${part})`;
  const body = draft.body.replace(/\r\n?/g, '\n').trim();
  const markdown = `${heading}\n**Subject:** ${draft.subject}\n\n${body}\n`;
  return { heading, markdown };
}

interface Line {
  text: string;
  /** Offset of the line's first character, and just past its line break (if any). */
  start: number;
  end: number;
}

function splitLines(body: string): Line[] {
  const lines: Line[] = [];
  const re = /([^\r\n]*)(\r\n|\n|\r|$)/g;
  for (const m of body.matchAll(re)) {
    lines.push({ text: m[1] ?? '', start: m.index, end: m.index + m[0].length });
    if (m.index + m[0].length >= body.length) break;
  }
  return lines;
}

/** Marks lines inside ``` or ~~~ fences, whose `#` lines are not headings. */
function fencedLines(lines: Line[]): boolean[] {
  let fence: string | null = null;
  return lines.map((l) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(l.text)?.[1];
    if (fence === null) {
      if (marker) fence = marker;
      return marker !== undefined;
    }
    if (marker && marker[0] === fence[0] && marker.length >= fence.length && l.text.trim() === marker) fence = null;
    return true;
  });
}

/**
 * Appends the block under `## Follow-ups` (added at the end when missing), in the body's own
 * line endings. Returns the body unchanged when the same heading is already there. Works on
 * offsets, so every byte outside the insertion point is kept (mixed line endings included).
 */
export function appendDraftBlock(body: string, block: DraftBlock): string {
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const lines = splitLines(body);
  if (lines.some((l) => l.text.trimEnd() === block.heading)) return body;

  const blockText = block.markdown.replace(/\r\n?/g, '\n').replace(/\n/g, eol);
  const fenced = fencedLines(lines);
  const sectionAt = lines.findIndex((l, i) => !fenced[i] && l.text.trimEnd() === FOLLOW_UPS_HEADING);
  if (sectionAt === -1) {
    const sep = body === '' ? '' : /(\r\n|\n|\r)$/.test(body) ? eol : eol + eol;
    return `${body}${sep}${FOLLOW_UPS_HEADING}${eol}${eol}${blockText}`;
  }
  // The section ends before the next heading of level 1 or 2, outside code fences.
  let next = lines.length;
  for (let i = sectionAt + 1; i < lines.length; i++) {
    if (!fenced[i] && /^#{1,2}\s/.test(lines[i]?.text ?? '')) {
      next = i;
      break;
    }
  }
  let last = next - 1;
  while (last > sectionAt && (lines[last]?.text.trim() ?? '') === '') last--;
  const lastLine = lines[last];
  if (!lastLine) return body;
  const at = lastLine.end;
  const closeLast = lastLine.end === lastLine.start + lastLine.text.length ? eol : '';
  const rest = body.slice(at);
  // A blank line before the block; one after it when something follows directly.
  const after = rest !== '' && !/^[ \t]*(\r\n|\n|\r)/.test(rest) ? eol : '';
  return `${body.slice(0, at)}${closeLast}${eol}${blockText}${after}${rest}`;
}

/** A draft block as it stands in the note now, after any edits the user made to it. */
export interface NoteDraft {
  heading: string;
  subject: string;
  body: string;
}

const DRAFT_HEADING_PREFIX = '### Draft — ';
const SUBJECT_PREFIX = '**Subject:**';

/**
 * The last `### Draft — …` block of a note, read back the way `renderDraftBlock` wrote it: up
 * to the next heading outside a code fence; null when there is none.
 */
export function latestDraftBlock(noteText: string): NoteDraft | null {
  const lines = splitLines(noteText);
  const fenced = fencedLines(lines);
  const isHeading = (i: number): boolean => !fenced[i] && /^#{1,6}\s/.test(lines[i]?.text ?? '');
  let start = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!fenced[i] && (lines[i]?.text ?? '').startsWith(DRAFT_HEADING_PREFIX)) {
      start = i;
      break;
    }
  }
  if (start === -1) return null;
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    if (isHeading(i)) {
      end = i;
      break;
    }
  }
  const block = lines.slice(start + 1, end).map((l) => l.text);
  const subjectAt = block.findIndex((l) => l.startsWith(SUBJECT_PREFIX));
  const subject = subjectAt === -1 ? '' : (block[subjectAt] ?? '').slice(SUBJECT_PREFIX.length).trim();
  const bodyLines = subjectAt === -1 ? block : block.slice(subjectAt + 1);
  return { heading: (lines[start]?.text ?? '').trimEnd(), subject, body: bodyLines.join('\n').trim() };
}
