/**
 * A `followups` block as HTML for VS Code's Markdown preview: the same lines as the Obsidian
 * block. Every piece of note text is escaped; links are workspace-root paths the preview opens.
 */
import type { AgendaItem } from '../../core/agenda';
import { dueLabel, longDay, slotLabel, stepLabel } from '../../core/words';
import type { BlockOptions } from '../../core/agenda-block/block-options';
import type { Day } from '../../core/types';

export interface AgendaView {
  /** The block's day and the real today: another day (a past daily note) reads "as of …". */
  day: Day;
  realToday: Day;
  options: BlockOptions;
  items: AgendaItem[];
  askAfter: number;
  problemCount: number;
}

export type Escape = (text: string) => string;

const linkTo = (path: string): string => `/${path.split('/').map(encodeURIComponent).join('/')}`;

function itemHtml({ contact, plan }: AgendaItem, view: AgendaView, esc: Escape): string {
  const meta = [contact.context, stepLabel(plan, view.askAfter)].filter((p) => p !== null).join(' · ');
  let html = `<a class="pp-agenda-link" href="${esc(linkTo(contact.path))}">${esc(contact.name)}</a>`;
  html += `<span class="pp-agenda-meta"> · ${esc(meta)} · </span>`;
  if (plan.due !== null) {
    const cls = plan.bucket === 'overdue' ? 'pp-is-overdue' : 'pp-is-due';
    html += `<span class="pp-agenda-due ${cls}" title="${esc(longDay(plan.due))}">${esc(dueLabel(plan.due, view.day))}</span>`;
  }
  if (plan.slot !== null) html += `<span class="pp-agenda-slot"> · ${esc(slotLabel(plan.slot))}</span>`;
  return `<li class="pp-agenda-item">${html}</li>`;
}

export function agendaHtml(view: AgendaView, esc: Escape): string {
  const title = view.day === view.realToday ? 'Follow-ups' : `Follow-ups as of ${longDay(view.day)}`;
  let html = `<div class="pp-agenda"><div class="pp-agenda-title">${esc(title)}</div>`;
  if (view.items.length === 0) {
    const span = view.options.rangeDays === 0 ? 'today' : `in the next ${view.options.rangeText}`;
    html += `<div class="pp-agenda-empty">${esc(`Nothing due ${span}.`)}</div>`;
  } else {
    html += `<ul class="pp-agenda-list">${view.items.map((item) => itemHtml(item, view, esc)).join('')}</ul>`;
  }
  if (view.problemCount > 0) {
    const noun = view.problemCount === 1 ? 'contact note has a problem' : 'contact notes have problems';
    html += `<div class="pp-agenda-problems">${esc(`${view.problemCount} ${noun}; see the Follow-ups view.`)}</div>`;
  }
  return `${html}</div>`;
}

export function errorsHtml(errors: string[], esc: Escape): string {
  const items = errors.map((e) => `<li>${esc(e)}</li>`).join('');
  return `<div class="pp-agenda pp-agenda-error"><div class="pp-agenda-title">This followups block has a problem</div><ul>${items}</ul></div>`;
}

export function loadingHtml(): string {
  return '<div class="pp-agenda"><div class="pp-agenda-title">Follow-ups</div><div class="pp-agenda-empty">Reading your notes…</div></div>';
}
