/**
 * The corpus: each case is a fixture note, edits, and `<note>.<case>.expected.md` holding the
 * exact bytes the edit must produce. A case without an expected file must leave the note unchanged.
 */
import type { DraftBlock } from '../../../src/core/drafts/draft-block';
import type { NoteEdit } from '../../../src/core/note-edit';
import { logSent, setCadence, setState, snoozeUntil, startFollowUp } from '../../../src/core/note-edit';

export const DRAFT: DraftBlock = {
  heading: '### Draft — follow-up 2 — 2026-11-25 (Wed afternoon)',
  markdown: '### Draft — follow-up 2 — 2026-11-25 (Wed afternoon)\n**Subject:** Quick follow-up\n\nHi Jane,\n\nI hope you are well.\n',
};
const SENT = logSent('2026-11-25 10:05');
const draft: NoteEdit = { op: 'append-draft', block: DRAFT };

export interface FixtureCase {
  note: string;
  name: string;
  edits: NoteEdit | NoteEdit[];
  /** No expected file: the note must come back byte-identical with `changed: false`. */
  unchanged?: boolean;
}

export const CASES: FixtureCase[] = [
  { note: 'comments', name: 'log-sent', edits: SENT },
  { note: 'comments', name: 'replied', edits: setState('replied') },
  { note: 'comments', name: 'snooze-clear', edits: snoozeUntil(null) },
  { note: 'comments', name: 'snooze', edits: snoozeUntil('2026-12-08') },
  { note: 'comments', name: 'cadence', edits: setCadence('weekly then biweekly') },
  { note: 'comments', name: 'new-key', edits: { op: 'set', key: 'email', value: 'jane@example.com' } },
  { note: 'comments', name: 'draft', edits: draft },
  { note: 'comments', name: 'same-state', edits: setState('active'), unchanged: true },
  { note: 'comments', name: 'start-existing', edits: startFollowUp({ at: '2026-11-25 10:05', context: 'sales', topic: 'x' }), unchanged: true },
  { note: 'comments', name: 'several', edits: [SENT, setState('paused'), snoozeUntil(null), draft] },
  { note: 'quoted', name: 'replied', edits: setState('replied') },
  { note: 'quoted', name: 'name', edits: { op: 'set', key: 'name', value: "Jane O'Neil" } },
  { note: 'quoted', name: 'topic', edits: { op: 'set', key: 'topic', value: "the 'small' role" } },
  { note: 'quoted', name: 'interests', edits: { op: 'append', key: 'interests', value: 'fika, coffee' } },
  { note: 'quoted', name: 'same-name', edits: { op: 'set', key: 'name', value: 'Jane "JD" Doe' }, unchanged: true },
  { note: 'lists', name: 'log-sent', edits: SENT },
  { note: 'lists', name: 'interests', edits: { op: 'append', key: 'interests', value: 'chess' } },
  { note: 'lists', name: 'hooks', edits: { op: 'append', key: 'hooks', value: "It's: tricky # really" } },
  { note: 'lists', name: 'empty-list', edits: { op: 'append', key: 'empty-list', value: 'first' } },
  { note: 'lists', name: 'tags', edits: { op: 'append', key: 'tags', value: 'd' } },
  { note: 'lists', name: 'set-block', edits: { op: 'set', key: 'contacted', value: ['2026-11-04', 'true', '42'] } },
  { note: 'lists', name: 'set-scalar', edits: { op: 'set', key: 'contacted', value: '2026-11-04' } },
  { note: 'lists', name: 'set-flow', edits: { op: 'set', key: 'interests', value: [] } },
  { note: 'lists', name: 'delete-block', edits: { op: 'delete', key: 'contacted' } },
  { note: 'crlf', name: 'log-sent', edits: SENT },
  { note: 'crlf', name: 'new-key', edits: snoozeUntil('2026-12-01') },
  { note: 'crlf', name: 'delete', edits: { op: 'delete', key: 'name' } },
  { note: 'crlf', name: 'draft', edits: draft },
  { note: 'bom', name: 'log-sent', edits: SENT },
  { note: 'bom', name: 'new-key', edits: setCadence('2w') },
  { note: 'no-trailing-newline', name: 'log-sent', edits: SENT },
  { note: 'no-trailing-newline', name: 'draft', edits: draft },
  { note: 'empty-body', name: 'draft', edits: draft },
  { note: 'empty-body', name: 'log-sent', edits: SENT },
  { note: 'closed-at-eof', name: 'draft', edits: draft },
  { note: 'closed-at-eof', name: 'stopped', edits: setState('stopped') },
  { note: 'body-dashes', name: 'log-sent', edits: SENT },
  { note: 'body-dashes', name: 'draft', edits: draft },
  { note: 'unicode', name: 'name', edits: { op: 'set', key: 'name', value: 'Åsa 🍕 Öberg-Lind' } },
  { note: 'unicode', name: 'interests', edits: { op: 'append', key: 'interests', value: '☕ fika' } },
  { note: 'unicode', name: 'topic', edits: { op: 'set', key: 'topic', value: 'ny roll — “UX”' } },
  { note: 'no-frontmatter', name: 'start', edits: startFollowUp({ at: '2026-11-04 09:10', context: 'job', topic: 'the designer role' }) },
  { note: 'no-frontmatter', name: 'draft', edits: draft },
  { note: 'no-frontmatter', name: 'delete', edits: snoozeUntil(null), unchanged: true },
  { note: 'contacted-scalar', name: 'log-sent', edits: SENT },
  { note: 'nested', name: 'log-sent', edits: SENT },
  { note: 'nested', name: 'set-multi', edits: { op: 'set', key: 'multi', value: 'one line' } },
  { note: 'nested', name: 'delete-company', edits: { op: 'delete', key: 'company' } },
  { note: 'nested', name: 'delete-multi', edits: { op: 'delete', key: 'multi' } },
  { note: 'anchors', name: 'log-sent', edits: SENT },
  { note: 'anchors', name: 'replied', edits: setState('replied') },
  { note: 'anchors', name: 'delete-alias', edits: { op: 'delete', key: 'copy' } },
  { note: 'indented', name: 'log-sent', edits: SENT },
  { note: 'indented', name: 'new-key', edits: snoozeUntil('2026-12-01') },
  { note: 'empty-frontmatter', name: 'start', edits: startFollowUp({ at: '2026-11-04' }) },
  { note: 'comment-only-frontmatter', name: 'log-sent', edits: SENT },
  { note: 'dots-close', name: 'replied', edits: setState('replied') },
  { note: 'null-values', name: 'log-sent', edits: SENT },
  { note: 'null-values', name: 'snooze', edits: snoozeUntil('2026-12-01') },
  { note: 'null-values', name: 'topic', edits: { op: 'set', key: 'topic', value: 'the role' } },
  { note: 'null-values', name: 'cadence', edits: { op: 'append', key: 'cadence', value: '1w' } },
  { note: 'block-scalar-contacted', name: 'log-sent', edits: SENT },
  { note: 'mixed-eol-body', name: 'log-sent', edits: SENT },
];
