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
  const markdown = `${heading}\n**Subject:** ${draft.subject}\n\n${draft.body.trim()}\n`;
  return { heading, markdown };
}

/**
 * Appends the block under `## Follow-ups` (added at the end when missing), in the body's own
 * line endings. Returns the body unchanged when the same heading is already there.
 */
export function appendDraftBlock(body: string, block: DraftBlock): string {
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const lines = body.split(/\r?\n/);
  if (lines.some((l) => l.trimEnd() === block.heading)) return body;

  const blockText = block.markdown.replace(/\n/g, eol);
  const sectionAt = lines.findIndex((l) => l.trimEnd() === FOLLOW_UPS_HEADING);
  if (sectionAt === -1) {
    const sep = body === '' ? '' : body.endsWith(eol) ? eol : eol + eol;
    return `${body}${sep}${FOLLOW_UPS_HEADING}${eol}${eol}${blockText}`;
  }
  // Insert at the end of the Follow-ups section: before the next heading of level 1 or 2.
  let end = lines.length;
  for (let i = sectionAt + 1; i < lines.length; i++) {
    if (/^#{1,2}\s/.test(lines[i] ?? '')) {
      end = i;
      break;
    }
  }
  const before = lines.slice(0, end);
  while (before.length > sectionAt + 1 && (before[before.length - 1] ?? '').trim() === '') before.pop();
  const after = lines.slice(end);
  const head = before.join(eol) + eol + eol + blockText;
  // The block ends with a line break; the next section, if any, follows after a blank line.
  const rest = after.join(eol);
  return rest === '' ? head : head + eol + rest;
}
