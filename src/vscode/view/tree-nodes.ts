/**
 * The Follow-ups view's rows as plain data: groups from the core's agenda (the sidebar's groups
 * and titles), contact rows with step, due and slot, and one row per broken note.
 */
import { GROUP_ORDER, groupOf, type Agenda, type AgendaItem, type GroupId } from '../../core/agenda';
import type { Day } from '../../core/types';
import { dueLabel, GROUP_TITLES, longDay, slotLabel, stateLabel, stepLabel } from '../../core/words';

/** One broken note and everything wrong with it. */
export interface BrokenNote {
  path: string;
  messages: string[];
}

export interface Group {
  id: GroupId;
  title: string;
  items: AgendaItem[];
  broken: BrokenNote[];
  /** Paused, replied and stopped rows are history: folded until asked for, as in the sidebar. */
  collapsedByDefault: boolean;
}

export function groupAgenda(agenda: Agenda): Group[] {
  const groups = new Map<GroupId, Group>(
    GROUP_ORDER.map((id) => [id, { id, title: GROUP_TITLES[id], items: [], broken: [], collapsedByDefault: id === 'closed' }]),
  );
  for (const item of agenda.items) groups.get(groupOf(item))?.items.push(item);
  const broken = new Map<string, BrokenNote>();
  for (const p of agenda.problems) {
    const note = broken.get(p.path) ?? { path: p.path, messages: [] };
    note.messages.push(`${p.key}: ${p.message}`);
    broken.set(p.path, note);
  }
  const problems = groups.get('problems');
  if (problems) problems.broken = [...broken.values()];
  return [...groups.values()];
}

export const groupSize = (group: Group): number => (group.id === 'problems' ? group.broken.length : group.items.length);

export type FollowupNode =
  | { kind: 'group'; group: Group }
  | { kind: 'contact'; item: AgendaItem; groupId: Group['id'] }
  | { kind: 'broken'; note: BrokenNote };

/** Non-empty groups, in the core's order. */
export function rootNodes(agenda: Agenda): FollowupNode[] {
  return groupAgenda(agenda)
    .filter((g) => groupSize(g) > 0)
    .map((group) => ({ kind: 'group', group }));
}

export function childNodes(node: FollowupNode): FollowupNode[] {
  if (node.kind !== 'group') return [];
  const { group } = node;
  if (group.id === 'problems') return group.broken.map((note) => ({ kind: 'broken', note }));
  return group.items.map((item) => ({ kind: 'contact', item, groupId: group.id }));
}

/** "follow-up 2 of 3 · 3 days overdue · Thu afternoon"; "Replied" for a row without a due date. */
export function rowDescription({ plan }: AgendaItem, today: Day, askAfter: number): string {
  const parts = [stepLabel(plan, askAfter) ?? stateLabel(plan.state)];
  if (plan.due !== null) parts.push(dueLabel(plan.due, today));
  if (plan.slot !== null) parts.push(slotLabel(plan.slot));
  return parts.join(' · ');
}

/** The "why", with the absolute due date, for the row's tooltip. */
export function rowTooltip({ contact, plan }: AgendaItem): string {
  const due = plan.due === null ? '' : `Due ${longDay(plan.due)}. `;
  const warnings = plan.warnings.length > 0 ? `\n\n${plan.warnings.join('\n')}` : '';
  return `${contact.name} (${contact.context})\n\n${due}${plan.why}${warnings}`;
}

/** Drives the inline and context actions in the manifest's `viewItem` when-clauses. */
export function contextValue({ plan }: AgendaItem): string {
  return `contact-${plan.state}`;
}

/** Stable ids keep expansion and selection across refreshes. */
export function nodeId(node: FollowupNode): string {
  if (node.kind === 'group') return `group:${node.group.id}`;
  if (node.kind === 'contact') return `contact:${node.item.contact.path}`;
  return `broken:${node.note.path}`;
}
