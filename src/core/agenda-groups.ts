/**
 * The groups every view shows (the Obsidian sidebar, the VS Code tree), from an agenda and an
 * optional filter text: plain data, so grouping and filtering are tested without any UI.
 */
import { GROUP_ORDER, groupOf, type Agenda, type AgendaItem, type GroupId } from './agenda';
import { GROUP_TITLES } from './words';

/** One broken note and everything wrong with it: each problem's key and message. */
export interface BrokenNote {
  path: string;
  problems: { key: string; message: string }[];
}

export interface Group {
  id: GroupId;
  title: string;
  items: AgendaItem[];
  broken: BrokenNote[];
  collapsedByDefault: boolean;
}

/** A test of texts against a filter: the name or context (or, for a broken note, the path), ignoring case. */
function filterTest(filter: string): (...texts: string[]) => boolean {
  const needle = filter.trim().toLowerCase();
  if (needle === '') return () => true;
  return (...texts) => texts.some((t) => t.toLowerCase().includes(needle));
}

/**
 * Every group in display order, empty ones included (the view decides what to show). Runs on
 * every redraw over every item (50k in a big vault): the filter is prepared once, not per item.
 */
export function groupAgenda(agenda: Agenda, filter = ''): Group[] {
  const matches = filterTest(filter);
  const groups = new Map<GroupId, Group>(
    GROUP_ORDER.map((id) => [id, { id, title: GROUP_TITLES[id], items: [], broken: [], collapsedByDefault: id === 'closed' }]),
  );
  for (const item of agenda.items) {
    if (matches(item.contact.name, item.contact.context)) groups.get(groupOf(item))?.items.push(item);
  }
  const broken = new Map<string, BrokenNote>();
  for (const p of agenda.problems) {
    if (!matches(p.path)) continue;
    const note = broken.get(p.path) ?? { path: p.path, problems: [] };
    note.problems.push({ key: p.key, message: p.message });
    broken.set(p.path, note);
  }
  const problems = groups.get('problems');
  if (problems) problems.broken = [...broken.values()];
  return [...groups.values()];
}

export function groupSize(group: Group): number {
  return group.id === 'problems' ? group.broken.length : group.items.length;
}
