/**
 * The agenda's order (due date, undated last; lower-cased name; path: never the machine's
 * locale) and the sorted item lists kept in it: sorting, merging two, putting an item in place or
 * taking one out by binary search. Paths are unique in an agenda, so the order is total.
 */
import type { AgendaItem } from './agenda';
import type { Contact, Day } from './types';

/** An item with its sort key computed once (lower-casing per comparison showed in profiles). */
interface Keyed {
  item: AgendaItem;
  due: Day | null;
  name: string;
  path: string;
}

function compareKeyed(a: Keyed, b: Keyed): number {
  const da = a.due;
  const db = b.due;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  }
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Lower-cased names, once per contact object: agendas updated over and over compare the same contacts. */
const lowerNames = new WeakMap<Contact, string>();
function keyOf(item: AgendaItem): Keyed {
  let name = lowerNames.get(item.contact);
  if (name === undefined) {
    name = item.contact.name.toLowerCase();
    lowerNames.set(item.contact, name);
  }
  return { item, due: item.plan.due, name, path: item.contact.path };
}

/** `items` in the agenda's order (a new list). */
export function sortItems(items: readonly AgendaItem[]): AgendaItem[] {
  const keyed = items.map(keyOf);
  keyed.sort(compareKeyed);
  return keyed.map((k) => k.item);
}

/** Where `item` goes in `items` (sorted): the first place whose item does not come before it. */
function placeOf(items: readonly AgendaItem[], item: AgendaItem): number {
  const key = keyOf(item);
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareKeyed(keyOf(items[mid] as AgendaItem), key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `added` put in place in `items` (sorted, changed in place), one binary search each. */
export function insertSorted(items: AgendaItem[], added: Iterable<AgendaItem>): AgendaItem[] {
  for (const item of added) items.splice(placeOf(items, item), 0, item);
  return items;
}

/**
 * `item` taken out of `items` (sorted, changed in place); false when it is not there. Found by
 * binary search, or by identity if its key no longer finds it (an item changed in place).
 */
export function removeSorted(items: AgendaItem[], item: AgendaItem): boolean {
  let at = placeOf(items, item);
  if (items[at] !== item) at = items.indexOf(item);
  if (at === -1) return false;
  items.splice(at, 1);
  return true;
}

/** Two sorted item lists merged into one a part at a time (a build that must not block a window). */
export class SortedMerge {
  readonly result: AgendaItem[];
  private i = 0;
  private j = 0;
  private n = 0;

  constructor(
    private readonly a: readonly AgendaItem[],
    private readonly b: readonly AgendaItem[],
  ) {
    this.result = new Array<AgendaItem>(a.length + b.length);
  }

  get done(): boolean {
    return this.n === this.result.length;
  }

  /** Merges up to `count` more items (Infinity: the rest); how many it merged. */
  step(count: number): number {
    const { a, b, result: out } = this;
    let { i, j, n } = this;
    const end = Math.min(out.length, n + count);
    let ka = i < a.length ? keyOf(a[i] as AgendaItem) : null;
    let kb = j < b.length ? keyOf(b[j] as AgendaItem) : null;
    const from = n;
    for (; n < end; n++) {
      if (kb === null || (ka !== null && compareKeyed(ka, kb) <= 0)) {
        out[n] = (ka as Keyed).item;
        i++;
        ka = i < a.length ? keyOf(a[i] as AgendaItem) : null;
      } else {
        out[n] = kb.item;
        j++;
        kb = j < b.length ? keyOf(b[j] as AgendaItem) : null;
      }
    }
    this.i = i;
    this.j = j;
    this.n = n;
    return n - from;
  }
}

/** Two sorted item lists as one, in one pass. */
export function mergeSorted(a: readonly AgendaItem[], b: readonly AgendaItem[]): AgendaItem[] {
  const merge = new SortedMerge(a, b);
  merge.step(Infinity);
  return merge.result;
}
