/**
 * What an agenda block shows, as plain data: which rows, which texts, which classes, in which
 * order. The Obsidian block (DOM) and VS Code's preview (HTML) only emit it.
 */
import type { AgendaItem } from '../agenda';
import type { Day } from '../types';
import { dueLabel, longDay, slotLabel, stepLabel } from '../words';
import type { BlockOptions } from './block-options';

export interface AgendaBlockView {
  /** The block's day and the real today: another day (a past daily note) reads "as of …". */
  day: Day;
  realToday: Day;
  options: BlockOptions;
  items: AgendaItem[];
  askAfter: number;
  problemCount: number;
}

/** The block's class names (styled by each adapter's CSS). */
export const BLOCK_CLASS = {
  box: 'pp-agenda',
  title: 'pp-agenda-title',
  empty: 'pp-agenda-empty',
  list: 'pp-agenda-list',
  item: 'pp-agenda-item',
  problems: 'pp-agenda-problems',
  error: 'pp-agenda-error',
} as const;

/** A span after the contact's link. `title`: the absolute date, for a tooltip. */
export interface BlockSpan {
  cls: string[];
  text: string;
  title?: string;
}

export interface BlockRow {
  /** The note the row links to, and the link's text. */
  path: string;
  name: string;
  spans: BlockSpan[];
}

export interface BlockModel {
  title: string;
  /** "Nothing due today." when there are no rows; else null. */
  empty: string | null;
  rows: BlockRow[];
  /** "2 contact notes have problems; see the …" or null. */
  problems: string | null;
}

function row({ contact, plan }: AgendaItem, view: AgendaBlockView): BlockRow {
  const meta = [contact.context, stepLabel(plan, view.askAfter)].filter((p) => p !== null).join(' · ');
  const spans: BlockSpan[] = [{ cls: ['pp-agenda-meta'], text: ` · ${meta} · ` }];
  if (plan.due !== null) {
    spans.push({ cls: ['pp-agenda-due', plan.bucket === 'overdue' ? 'pp-is-overdue' : 'pp-is-due'], text: dueLabel(plan.due, view.day), title: longDay(plan.due) });
  }
  if (plan.slot !== null) spans.push({ cls: ['pp-agenda-slot'], text: ` · ${slotLabel(plan.slot)}` });
  return { path: contact.path, name: contact.name, spans };
}

/** `viewName`: where the problems are listed, as this adapter names it ("the follow-ups view"). */
export function blockModel(view: AgendaBlockView, viewName: string): BlockModel {
  const span = view.options.rangeDays === 0 ? 'today' : `in the next ${view.options.rangeText}`;
  const noun = view.problemCount === 1 ? 'contact note has a problem' : 'contact notes have problems';
  return {
    title: view.day === view.realToday ? 'Follow-ups' : `Follow-ups as of ${longDay(view.day)}`,
    empty: view.items.length === 0 ? `Nothing due ${span}.` : null,
    rows: view.items.map((item) => row(item, view)),
    problems: view.problemCount > 0 ? `${view.problemCount} ${noun}; see ${viewName}.` : null,
  };
}

/** The heading of a block whose options are wrong; the errors are listed under it. */
export const BLOCK_ERROR_TITLE = 'This followups block has a problem';

/** A block drawn before the notes are all read: the title, and this instead of rows. */
export const BLOCK_LOADING = { title: 'Follow-ups', text: 'Reading your notes…' } as const;
