/** The DOM of a `followups` block: a heading, one line per contact, and its own errors. */
import type { AgendaItem } from '../../core/agenda';
import type { Day } from '../../core/types';
import { dueLabel, longDay, slotLabel, stepLabel } from '../../core/words';
import type { BlockOptions } from '../../core/agenda-block/block-options';

export interface AgendaView {
  /** The block's day and the real today: another day (a past daily note) reads "as of …". */
  day: Day;
  realToday: Day;
  options: BlockOptions;
  items: AgendaItem[];
  askAfter: number;
  problemCount: number;
}

/** Draws a link the way Obsidian draws internal links; the caller wires click and hover. */
export type LinkMaker = (parent: HTMLElement, path: string, text: string) => HTMLAnchorElement;

export function renderAgenda(el: HTMLElement, view: AgendaView, link: LinkMaker): void {
  el.empty();
  const box = el.createDiv({ cls: 'pp-agenda' });
  const title = view.day === view.realToday ? 'Follow-ups' : `Follow-ups as of ${longDay(view.day)}`;
  box.createDiv({ cls: 'pp-agenda-title', text: title });
  if (view.items.length === 0) {
    const span = view.options.rangeDays === 0 ? 'today' : `in the next ${view.options.rangeText}`;
    box.createDiv({ cls: 'pp-agenda-empty', text: `Nothing due ${span}.` });
  } else {
    const list = box.createEl('ul', { cls: 'pp-agenda-list' });
    for (const { contact, plan } of view.items) {
      const li = list.createEl('li', { cls: 'pp-agenda-item' });
      link(li, contact.path, contact.name);
      const parts = [contact.context, stepLabel(plan, view.askAfter)];
      li.createSpan({ cls: 'pp-agenda-meta', text: ` · ${parts.filter((p) => p !== null).join(' · ')} · ` });
      if (plan.due !== null) {
        li.createSpan({
          cls: ['pp-agenda-due', plan.bucket === 'overdue' ? 'pp-is-overdue' : 'pp-is-due'],
          text: dueLabel(plan.due, view.day),
          attr: { 'aria-label': longDay(plan.due), title: longDay(plan.due) },
        });
      }
      if (plan.slot !== null) li.createSpan({ cls: 'pp-agenda-slot', text: ` · ${slotLabel(plan.slot)}` });
    }
  }
  if (view.problemCount > 0) {
    const noun = view.problemCount === 1 ? 'contact note has a problem' : 'contact notes have problems';
    box.createDiv({ cls: 'pp-agenda-problems', text: `${view.problemCount} ${noun}; see the follow-ups view.` });
  }
}

export function renderErrors(el: HTMLElement, errors: string[]): void {
  el.empty();
  const box = el.createDiv({ cls: ['pp-agenda', 'pp-agenda-error'] });
  box.createDiv({ cls: 'pp-agenda-title', text: 'This followups block has a problem' });
  const list = box.createEl('ul');
  for (const error of errors) list.createEl('li', { text: error });
}
