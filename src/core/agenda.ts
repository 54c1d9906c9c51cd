/**
 * Many contacts -> one agenda: a plan for each, sorted by due date then name, contacts without
 * a due date last; plus the notes that could not be read.
 */
import { DayOutOfRange, LAST_DAY } from './calendar';
import { planFollowUp } from './rules';
import { showValue, type ReadResult } from './schema';
import type { Settings } from './settings';
import type { Bucket, Contact, Day, Plan, Problem } from './types';

export interface AgendaItem {
  contact: Contact;
  plan: Plan;
}

export interface Agenda {
  today: Day;
  items: AgendaItem[];
  problems: Problem[];
}

/** An item with its sort key computed once (lower-casing per comparison showed in profiles). */
interface Keyed {
  item: AgendaItem;
  due: Day | null;
  name: string;
  path: string;
}

/** Stable order that does not depend on the machine's locale: due date, name, path. */
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

export type PlanResult = { ok: true; plan: Plan } | { ok: false; problem: Problem };

/**
 * One contact's plan, or the problem that stopped it: whatever goes wrong while planning one note
 * is a problem for that note, so it can never take a whole agenda down. The only day arithmetic
 * counts forward from the last `contacted` day, so a day past 9999-12-31 is a problem on that key.
 */
export function planOrProblem(contact: Contact, settings: Settings, today: Day, plan: typeof planFollowUp = planFollowUp): PlanResult {
  try {
    return { ok: true, plan: plan(contact, settings, today) };
  } catch (error) {
    const last = contact.contacted[contact.contacted.length - 1];
    if (error instanceof DayOutOfRange && last !== undefined) {
      const message = `the next follow-up after the last \`contacted\` day would fall after ${LAST_DAY}, the last day that can be planned; expected a day that leaves room for the cadence; found ${showValue(last.raw)}`;
      return { ok: false, problem: { path: contact.path, key: 'contacted', value: last.raw, message } };
    }
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { path: contact.path, key: 'followup', value: null, message: `this note could not be planned (${why}); the rest of the agenda is shown` } };
  }
}

/** `plan` lets a caller that keeps plans (the plugin's index) hand them over instead of re-planning. */
export function buildAgenda(read: Iterable<ReadResult>, settings: Settings, today: Day, plan: typeof planFollowUp = planFollowUp): Agenda {
  const keyed: Keyed[] = [];
  const problems: Problem[] = [];
  for (const r of read) {
    if (!r.ok) {
      problems.push(...r.problems);
      continue;
    }
    const planned = planOrProblem(r.contact, settings, today, plan);
    if (!planned.ok) {
      problems.push(planned.problem);
      continue;
    }
    keyed.push(keyOf({ contact: r.contact, plan: planned.plan }));
  }
  keyed.sort(compareKeyed);
  const items = keyed.map((k) => k.item);
  problems.sort(byPath);
  return { today, items, problems };
}

const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
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
/** Up to this many changed notes are put in place one by one (binary search); more are merged in one pass. */
const INSERT_ONE_BY_ONE = 16;

/**
 * `agenda` with the notes at `paths` replaced by `read` (their current results; a path with no
 * result was removed): the same agenda buildAgenda would give over the updated notes, in one
 * pass over the items instead of re-planning and re-sorting everything, so a live view can
 * follow one edit at a time and an index being built can add a chunk at a time.
 */
export function updateAgenda(
  agenda: Agenda,
  paths: ReadonlySet<string>,
  read: Iterable<ReadResult>,
  settings: Settings,
  plan: typeof planFollowUp = planFollowUp,
): Agenda {
  const kept = agenda.items.filter((i) => !paths.has(i.contact.path));
  const problems = agenda.problems.filter((p) => !paths.has(p.path));
  const fresh = buildAgenda(read, settings, agenda.today, plan);
  const items = fresh.items.length > INSERT_ONE_BY_ONE ? merge(kept, fresh.items) : insertEach(kept, fresh.items);
  return { today: agenda.today, items, problems: withProblems(problems, fresh.problems) };
}

/** Two agendas of the same day over different notes as one, in one pass (what buildAgenda gives over both). */
export function mergeAgendas(a: Agenda, b: Agenda): Agenda {
  return { today: a.today, items: merge(a.items, b.items), problems: withProblems([...a.problems], b.problems) };
}

/** `added` put in place in `items` (sorted), one binary search each. */
function insertEach(items: AgendaItem[], added: AgendaItem[]): AgendaItem[] {
  for (const item of added) {
    const key = keyOf(item);
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareKeyed(keyOf(items[mid] as AgendaItem), key) < 0) lo = mid + 1;
      else hi = mid;
    }
    items.splice(lo, 0, item);
  }
  return items;
}

function withProblems(problems: Problem[], added: Problem[]): Problem[] {
  if (added.length > 0) {
    problems.push(...added);
    problems.sort(byPath);
  }
  return problems;
}

/** Two sorted item lists as one, in one pass. */
function merge(a: AgendaItem[], b: AgendaItem[]): AgendaItem[] {
  const out: AgendaItem[] = new Array<AgendaItem>(a.length + b.length);
  let i = 0;
  let j = 0;
  let ka = a.length > 0 ? keyOf(a[0] as AgendaItem) : null;
  let kb = b.length > 0 ? keyOf(b[0] as AgendaItem) : null;
  for (let n = 0; n < out.length; n++) {
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
  return out;
}

/** The groups every surface shows, in display order (the sidebar, the CLI's text agenda). */
export type GroupId = 'overdue' | 'today' | 'week' | 'later' | 'not-contacted' | 'closed' | 'problems';
export const GROUP_ORDER: readonly GroupId[] = ['overdue', 'today', 'week', 'later', 'not-contacted', 'closed', 'problems'];

/** Due items by bucket; undated ones are not contacted yet, or closed (paused, replied, stopped). */
export function groupOf(item: AgendaItem): Exclude<GroupId, 'problems'> {
  if (item.plan.bucket !== null) return item.plan.bucket;
  return item.plan.state === 'not-contacted' ? 'not-contacted' : 'closed';
}

/**
 * The `agenda --json` shape: a stable contract (docs/cli.md, docs/agenda.schema.json). Adding a
 * field keeps `schemaVersion`; renaming, removing or changing the meaning of one bumps it.
 */
export const AGENDA_SCHEMA_VERSION = 1;

export interface AgendaJson {
  schemaVersion: typeof AGENDA_SCHEMA_VERSION;
  today: Day;
  items: Array<{ path: string; name: string; context: string; topic: string | null; email: string | null; snooze: Day | null } & Plan>;
  problems: Array<{ path: string; key: string; message: string }>;
}

export function agendaToJson(agenda: Agenda): AgendaJson {
  return {
    schemaVersion: AGENDA_SCHEMA_VERSION,
    today: agenda.today,
    items: agenda.items.map(({ contact, plan }) => ({
      path: contact.path,
      name: contact.name,
      context: contact.context,
      topic: contact.topic,
      email: contact.email,
      snooze: contact.snooze,
      state: plan.state,
      due: plan.due,
      bucket: plan.bucket,
      step: plan.step,
      kind: plan.kind,
      slot: plan.slot,
      daysSinceLast: plan.daysSinceLast,
      reintroduce: plan.reintroduce,
      why: plan.why,
      warnings: plan.warnings,
    })),
    problems: agenda.problems.map(({ path, key, message }) => ({ path, key, message })),
  };
}

/** What `agenda --context` / `--bucket` keep. Problems are always kept: a filter never hides one. */
export interface AgendaFilter {
  /** A contact's `context`, any case. */
  context?: string;
  bucket?: Bucket;
}

export function filterAgenda(agenda: Agenda, filter: AgendaFilter): Agenda {
  const context = filter.context?.trim().toLowerCase();
  const items = agenda.items.filter(
    ({ contact, plan }) => (context === undefined || contact.context.toLowerCase() === context) && (filter.bucket === undefined || plan.bucket === filter.bucket),
  );
  return { ...agenda, items };
}
