/**
 * Many contacts -> one agenda: a plan for each, sorted by due date then name, contacts without
 * a due date last; plus the notes that could not be read.
 */
import { planFollowUp } from './rules';
import type { ReadResult } from './schema';
import type { Settings } from './settings';
import type { Contact, Day, Plan, Problem } from './types';

export interface AgendaItem {
  contact: Contact;
  plan: Plan;
}

export interface Agenda {
  today: Day;
  items: AgendaItem[];
  problems: Problem[];
}

/** Stable order that does not depend on the machine's locale. */
function compareItems(a: AgendaItem, b: AgendaItem): number {
  const da = a.plan.due;
  const db = b.plan.due;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  }
  const na = a.contact.name.toLowerCase();
  const nb = b.contact.name.toLowerCase();
  if (na !== nb) return na < nb ? -1 : 1;
  return a.contact.path < b.contact.path ? -1 : a.contact.path > b.contact.path ? 1 : 0;
}

/** `plan` lets a caller that keeps plans (the plugin's index) hand them over instead of re-planning. */
export function buildAgenda(read: Iterable<ReadResult>, settings: Settings, today: Day, plan: typeof planFollowUp = planFollowUp): Agenda {
  const items: AgendaItem[] = [];
  const problems: Problem[] = [];
  for (const r of read) {
    if (r.ok) items.push({ contact: r.contact, plan: plan(r.contact, settings, today) });
    else problems.push(...r.problems);
  }
  items.sort(compareItems);
  problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { today, items, problems };
}

/** The groups every surface shows, in display order (the sidebar, the CLI's text agenda). */
export type GroupId = 'overdue' | 'today' | 'week' | 'later' | 'not-contacted' | 'closed' | 'problems';
export const GROUP_ORDER: readonly GroupId[] = ['overdue', 'today', 'week', 'later', 'not-contacted', 'closed', 'problems'];

/** Due items by bucket; undated ones are not contacted yet, or closed (paused, replied, stopped). */
export function groupOf(item: AgendaItem): Exclude<GroupId, 'problems'> {
  if (item.plan.bucket !== null) return item.plan.bucket;
  return item.plan.state === 'not-contacted' ? 'not-contacted' : 'closed';
}

/** The `agenda --json` shape of docs/design.md. */
export interface AgendaJson {
  today: Day;
  items: Array<{ path: string; name: string } & Plan>;
  problems: Array<{ path: string; key: string; message: string }>;
}

export function agendaToJson(agenda: Agenda): AgendaJson {
  return {
    today: agenda.today,
    items: agenda.items.map(({ contact, plan }) => ({
      path: contact.path,
      name: contact.name,
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
