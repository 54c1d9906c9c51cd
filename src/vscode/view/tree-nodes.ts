/**
 * The Follow-ups view's rows as plain data: groups from the core's agenda (the sidebar's groups
 * and titles), contact rows with step, due and slot, and one row per broken note.
 */
import type { Agenda, AgendaItem } from '../../core/agenda';
import { groupAgenda, groupSize, type Group } from '../../core/agenda-groups';
import type { Day } from '../../core/types';
import { dueLabel, longDay, slotLabel, stateLabel, stepLabel } from '../../core/words';

/** One broken note and everything wrong with it, each problem as "key: message". */
export interface BrokenNote {
  path: string;
  messages: string[];
}

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
  if (group.id === 'problems') {
    return group.broken.map(({ path, problems }) => ({ kind: 'broken', note: { path, messages: problems.map((p) => `${p.key}: ${p.message}`) } }));
  }
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
