/**
 * The groups every view shows (the Obsidian sidebar, the VS Code tree), from an agenda and an
 * optional filter text: plain data, so grouping and filtering are tested without any UI.
 */
import { GROUP_ORDER, groupOf, type Agenda, type AgendaItem, type GroupId } from './agenda';
import { forgetLineage, lineageOf } from './agenda-lineage';
import { insertSorted, removeSorted } from './agenda-order';
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

/** The items' groups as last worked out for an agenda (never handed out: callers get copies). */
const itemGroups = new WeakMap<Agenda, { filter: string; groups: Map<GroupId, AgendaItem[]> }>();

/** Every item's group, over every item: on a 50k agenda ~55 ms on a slow machine. */
function groupAll(agenda: Agenda, matches: (...texts: string[]) => boolean): Map<GroupId, AgendaItem[]> {
  const groups = new Map<GroupId, AgendaItem[]>(GROUP_ORDER.map((id) => [id, []]));
  for (const item of agenda.items) {
    if (matches(item.contact.name, item.contact.context)) groups.get(groupOf(item))?.push(item);
  }
  return groups;
}

/** Past this many items changed since the parent agenda, regrouping every item costs less than placing each. */
const PLACE_ONE_BY_ONE = 64;

/**
 * The groups last worked out for `agenda` itself (a redraw with nothing changed), or else those
 * of the agenda it was updated from (if worked out with the same filter) with the items that left
 * taken out and those that came in put in place: each group is in the agenda's order, so both are
 * binary searches. Undefined when neither is known.
 */
function knownGroups(agenda: Agenda, filter: string, matches: (...texts: string[]) => boolean): Map<GroupId, AgendaItem[]> | undefined {
  const own = itemGroups.get(agenda);
  if (own !== undefined && own.filter === filter) return own.groups;
  const lineage = lineageOf(agenda);
  const parent = lineage && itemGroups.get(lineage.from);
  if (lineage === undefined || parent === undefined || parent.filter !== filter) return undefined;
  if (lineage.removed.length + lineage.added.length > PLACE_ONE_BY_ONE) return undefined;
  const groups = new Map([...parent.groups].map(([id, items]) => [id, items.slice()]));
  for (const item of lineage.removed) if (matches(item.contact.name, item.contact.context)) removeSorted(groups.get(groupOf(item)) ?? [], item);
  for (const item of lineage.added) if (matches(item.contact.name, item.contact.context)) insertSorted(groups.get(groupOf(item)) ?? [], [item]);
  return groups;
}

/**
 * Every group in display order, empty ones included (the view decides what to show). Runs on
 * every redraw: for an agenda updated from one already grouped (one edit in a big vault), only
 * the changed items are placed; else every item (50k in a big vault), the filter prepared once.
 */
export function groupAgenda(agenda: Agenda, filter = ''): Group[] {
  const needle = filter.trim().toLowerCase();
  const matches = filterTest(needle);
  const grouped = knownGroups(agenda, needle, matches) ?? groupAll(agenda, matches);
  itemGroups.set(agenda, { filter: needle, groups: grouped });
  forgetLineage(agenda);
  const broken = new Map<string, BrokenNote>();
  for (const p of agenda.problems) {
    if (!matches(p.path)) continue;
    const note = broken.get(p.path) ?? { path: p.path, problems: [] };
    note.problems.push({ key: p.key, message: p.message });
    broken.set(p.path, note);
  }
  return GROUP_ORDER.map((id) => ({
    id,
    title: GROUP_TITLES[id],
    items: id === 'problems' ? [] : (grouped.get(id) ?? []).slice(),
    broken: id === 'problems' ? [...broken.values()] : [],
    collapsedByDefault: id === 'closed',
  }));
}

export function groupSize(group: Group): number {
  return group.id === 'problems' ? group.broken.length : group.items.length;
}
