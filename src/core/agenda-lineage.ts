/**
 * Where an updated agenda came from: the agenda updateAgenda made it from, the items that left
 * and the items that came in. What was worked out from the older agenda over every item (its
 * groups) can then follow those few changes instead of another pass over every item: on a 50k
 * agenda such a pass took ~55 ms on a slow machine, memory-bound (bench/README.md). Held in a
 * WeakMap, so it goes with the agenda; whoever uses it lets go of it (forgetLineage), so an
 * agenda never keeps a chain of older ones alive.
 */
import type { Agenda, AgendaItem } from './agenda';

export interface Lineage {
  from: Agenda;
  removed: readonly AgendaItem[];
  added: readonly AgendaItem[];
}

const lineages = new WeakMap<Agenda, Lineage>();

/** `agenda`'s lineage; the agenda it came from lets go of its own (only the newest is followed). */
export function recordLineage(agenda: Agenda, lineage: Lineage): void {
  lineages.delete(lineage.from);
  lineages.set(agenda, lineage);
}

export const lineageOf = (agenda: Agenda): Lineage | undefined => lineages.get(agenda);

export function forgetLineage(agenda: Agenda): void {
  lineages.delete(agenda);
}
