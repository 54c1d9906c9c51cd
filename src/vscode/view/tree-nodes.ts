/**
 * The Follow-ups view's rows as plain data: groups from the core's agenda (the sidebar's groups
 * and titles), contact rows with step, due and slot, and one row per broken note. With several
 * workspace folders, each folder is a top-level row with its own groups; every row carries its
 * folder (`root`, the folder's URI) so the note it names is found in the right vault.
 */
import type { Agenda, AgendaItem } from '../../core/agenda';
import { groupAgenda, groupSize, type Group } from '../../core/agenda-groups';
import { dueCount } from '../../core/due-count';
import type { Day } from '../../core/types';
import { dueLabel, longDay, slotLabel, stateLabel, stepLabel } from '../../core/words';

/** One broken note and everything wrong with it, each problem as "key: message". */
export interface BrokenNote {
  path: string;
  messages: string[];
}

export type FollowupNode =
  | { kind: 'folder'; root: string; name: string; agenda: Agenda }
  | { kind: 'group'; root: string; group: Group }
  | { kind: 'contact'; root: string; item: AgendaItem; groupId: Group['id'] }
  | { kind: 'broken'; root: string; note: BrokenNote };

export interface FolderAgenda {
  /** The folder's URI, as a string. */
  root: string;
  name: string;
  agenda: Agenda;
}

/** Non-empty groups, in the core's order, of one folder's agenda. */
function groupNodes(agenda: Agenda, root: string): FollowupNode[] {
  return groupAgenda(agenda)
    .filter((g) => groupSize(g) > 0)
    .map((group) => ({ kind: 'group', root, group }));
}

/** The top level: one folder's groups, or one row per folder when the workspace has several. */
export function rootNodes(folders: readonly FolderAgenda[]): FollowupNode[] {
  if (folders.length === 1) return groupNodes(folders[0]!.agenda, folders[0]!.root);
  return folders.map(({ root, name, agenda }) => ({ kind: 'folder', root, name, agenda }));
}

export function childNodes(node: FollowupNode): FollowupNode[] {
  if (node.kind === 'folder') return groupNodes(node.agenda, node.root);
  if (node.kind !== 'group') return [];
  const { group, root } = node;
  if (group.id === 'problems') {
    return group.broken.map(({ path, problems }) => ({ kind: 'broken', root, note: { path, messages: problems.map((p) => `${p.key}: ${p.message}`) } }));
  }
  return group.items.map((item) => ({ kind: 'contact', root, item, groupId: group.id }));
}

/** "3 due" on a folder row: today and overdue, as the status bar counts. */
export function folderDescription(agenda: Agenda): string {
  const due = dueCount(agenda);
  return due === 0 ? `${agenda.items.length} contacts` : `${due} due`;
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
  if (node.kind === 'folder') return `folder:${node.root}`;
  if (node.kind === 'group') return `group:${node.root}:${node.group.id}`;
  if (node.kind === 'contact') return `contact:${node.root}:${node.item.contact.path}`;
  return `broken:${node.root}:${node.note.path}`;
}
