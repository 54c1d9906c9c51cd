/**
 * An agenda built a chunk at a time (the plugin's idle build): each chunk's sorted agenda is a
 * run; runs are merged like a binary counter, so each contact is merged about log(chunks) times
 * and only a few merges are large.
 */
import { mergeAgendas, type Agenda } from './agenda';
import type { Day } from './types';

/** A run this size or smaller than the one after it is merged with it, so runs double in size. */
const MERGE_RATIO = 2;

const size = (agenda: Agenda): number => agenda.items.length + agenda.problems.length;

/** Adds a chunk's sorted agenda to the runs, merging the last two while they are of a size. */
export function addRun(runs: Agenda[], run: Agenda): void {
  runs.push(run);
  for (;;) {
    const last = runs[runs.length - 1];
    const before = runs[runs.length - 2];
    if (!last || !before || size(before) > MERGE_RATIO * size(last)) return;
    runs.splice(runs.length - 2, 2, mergeAgendas(before, last));
  }
}

/** The whole agenda from the runs (in chunk order). */
export function mergeRuns(runs: readonly Agenda[], today: Day): Agenda {
  return runs.reduceRight((all, run) => mergeAgendas(run, all), { today, items: [], problems: [] } as Agenda);
}
