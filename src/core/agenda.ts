/**
 * Many contacts -> one agenda: a plan for each, sorted by due date then name, contacts without
 * a due date last; plus the notes that could not be read.
 */
import { DayOutOfRange, LAST_DAY } from './calendar';
import { recordLineage } from './agenda-lineage';
import { insertSorted, mergeSorted, removeSorted, sortItems } from './agenda-order';
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
  const planned: AgendaItem[] = [];
  const problems: Problem[] = [];
  for (const r of read) {
    if (!r.ok) {
      problems.push(...r.problems);
      continue;
    }
    const result = planOrProblem(r.contact, settings, today, plan);
    if (!result.ok) {
      problems.push(result.problem);
      continue;
    }
    planned.push({ contact: r.contact, plan: result.plan });
  }
  problems.sort(byPath);
  return { today, items: sortItems(planned), problems };
}

const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
/** Up to this many changed notes are put in place one by one (binary search); more are merged in one pass. */
const INSERT_ONE_BY_ONE = 16;

/**
 * `agenda` with the notes at `paths` replaced by `read` (their current results; a path with no
 * result was removed): the same agenda buildAgenda would give over the updated notes, without
 * re-planning and re-sorting everything (a few notes are found by path and put in place by binary
 * search; more are merged in one pass), so a live view can follow one edit at a time.
 */
export function updateAgenda(
  agenda: Agenda,
  paths: ReadonlySet<string>,
  read: Iterable<ReadResult>,
  settings: Settings,
  plan: typeof planFollowUp = planFollowUp,
): Agenda {
  const fresh = buildAgenda(read, settings, agenda.today, plan);
  const problems = agenda.problems.filter((p) => !paths.has(p.path));
  const few = paths.size <= INSERT_ONE_BY_ONE && fresh.items.length <= INSERT_ONE_BY_ONE;
  const [items, removed] = few ? replaceFew(agenda, paths, fresh.items) : replaceMany(agenda, paths, fresh.items);
  const updated = { today: agenda.today, items, problems: withProblems(problems, fresh.problems) };
  if (few) {
    itemsByPath.set(updated, itemsByPath.get(agenda) as Map<string, AgendaItem>);
    itemsByPath.delete(agenda);
  }
  recordLineage(updated, { from: agenda, removed, added: fresh.items });
  return updated;
}

/**
 * Each agenda's item per note path, made on its first update and handed on to the agenda that
 * update makes: a few changed notes are then found by binary search, not by a pass over every
 * item (~40 ms at 50k on a slow machine). One agenda holds it at a time.
 */
const itemsByPath = new WeakMap<Agenda, Map<string, AgendaItem>>();

/** The items with the notes at `paths` taken out (looked up by path) and `fresh` put in place; and what was taken out. */
function replaceFew(agenda: Agenda, paths: ReadonlySet<string>, fresh: readonly AgendaItem[]): [AgendaItem[], AgendaItem[]] {
  let byPath = itemsByPath.get(agenda);
  if (byPath === undefined) {
    byPath = new Map(agenda.items.map((i) => [i.contact.path, i]));
    itemsByPath.set(agenda, byPath);
  }
  const items = agenda.items.slice();
  const removed: AgendaItem[] = [];
  for (const path of paths) {
    const old = byPath.get(path);
    if (old === undefined) continue;
    removeSorted(items, old);
    byPath.delete(path);
    removed.push(old);
  }
  for (const item of fresh) byPath.set(item.contact.path, item);
  return [insertSorted(items, fresh), removed];
}

function replaceMany(agenda: Agenda, paths: ReadonlySet<string>, fresh: readonly AgendaItem[]): [AgendaItem[], AgendaItem[]] {
  const kept: AgendaItem[] = [];
  const removed: AgendaItem[] = [];
  for (const item of agenda.items) (paths.has(item.contact.path) ? removed : kept).push(item);
  return [mergeSorted(kept, fresh), removed];
}

/** Two sorted problem lists (over different notes) as one, sorted by path. */
export function mergeProblems(a: readonly Problem[], b: readonly Problem[]): Problem[] {
  return withProblems([...a], b);
}

function withProblems(problems: Problem[], added: readonly Problem[]): Problem[] {
  if (added.length > 0) {
    problems.push(...added);
    problems.sort(byPath);
  }
  return problems;
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
