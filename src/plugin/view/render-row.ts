/** One contact row of the sidebar: what is due, when, and buttons to act on it. */
import { setIcon } from 'obsidian';
import { offers } from '../../core/actions/offers';
import type { AgendaItem } from '../../core/agenda';
import type { Day, PlanState } from '../../core/types';
import { dueLabel, longDay, slotLabel, stateLabel, stepLabel } from '../../core/words';
import type { RowActions } from './row-actions';
import { showSnoozeMenu } from './snooze-menu';

export interface RowDeps {
  today: Day;
  askAfter: number;
  actions: RowActions;
  /** Paths whose "why" is expanded; kept by the view so a redraw keeps it open. */
  whyOpen: Set<string>;
}

export function renderRow(parent: HTMLElement, { contact, plan }: AgendaItem, deps: RowDeps): HTMLElement {
  const row = parent.createDiv({ cls: 'pp-row' });
  const head = row.createDiv({ cls: 'pp-row-head' });
  const name = head.createEl('button', { cls: 'pp-row-name', text: contact.name, attr: { 'aria-label': `Open ${contact.name}` } });
  name.addEventListener('click', () => void deps.actions.open(contact.path));
  head.createSpan({ cls: 'pp-row-context', text: contact.context });

  const meta = row.createDiv({ cls: 'pp-row-meta' });
  const step = stepLabel(plan, deps.askAfter);
  meta.createSpan({ cls: 'pp-row-step', text: step ?? stateLabel(plan.state) });
  if (plan.due !== null) {
    const absolute = longDay(plan.due);
    meta.createSpan({
      cls: ['pp-row-due', plan.bucket === 'overdue' ? 'pp-is-overdue' : 'pp-is-due'],
      text: dueLabel(plan.due, deps.today),
      attr: { 'aria-label': absolute, title: absolute },
    });
  }
  if (plan.slot !== null) meta.createSpan({ cls: 'pp-row-slot', text: slotLabel(plan.slot) });
  renderWhy(row, meta, contact.path, plan.why, deps.whyOpen);
  renderButtons(row, contact.path, plan.state, deps);
  return row;
}

function renderWhy(row: HTMLElement, meta: HTMLElement, path: string, why: string, open: Set<string>): void {
  const toggle = meta.createEl('button', { cls: 'pp-row-why-toggle', text: 'Why?' });
  const text = row.createDiv({ cls: 'pp-row-why', text: why });
  const show = (on: boolean): void => {
    toggle.setAttr('aria-expanded', String(on));
    text.toggleClass('pp-is-hidden', !on);
  };
  show(open.has(path));
  toggle.addEventListener('click', () => {
    if (open.has(path)) open.delete(path);
    else open.add(path);
    show(open.has(path));
  });
}

function renderButtons(row: HTMLElement, path: string, state: PlanState, { actions, today }: RowDeps): void {
  const bar = row.createDiv({ cls: 'pp-row-actions' });
  const button = (icon: string, label: string, run: (el: HTMLButtonElement) => unknown): void => {
    const el = bar.createEl('button', { cls: ['pp-action', 'clickable-icon'], attr: { 'aria-label': label, title: label } });
    setIcon(el, icon);
    el.addEventListener('click', () => {
      el.disabled = true;
      // Re-enabled when done; a successful edit redraws the row anyway.
      void Promise.resolve(run(el)).finally(() => (el.disabled = false));
    });
  };
  button('file-text', 'Open note', () => actions.open(path));
  if (offers(state, 'draft')) button('pencil', 'Append a draft', () => actions.draft(path));
  if (offers(state, 'log-sent')) button('send', 'Log sent', () => actions.logSent(path));
  if (offers(state, 'log-reply')) button('clipboard-paste', 'Log reply', () => actions.logReply(path));
  if (offers(state, 'replied')) button('reply', 'Mark replied', () => actions.replied(path));
  if (offers(state, 'snooze')) button('alarm-clock', 'Snooze', (el) => showSnoozeMenu(el, path, actions, today));
}
