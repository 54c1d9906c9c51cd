/**
 * An agenda built a chunk at a time (the plugin's idle build): each chunk's sorted agenda is a
 * run; runs are merged like a binary counter, so each contact is merged about log(chunks) times.
 * Merging is done a bounded number of items at a time (`work`), because on a slow machine one
 * merge of two 25k runs took 96-158 ms (bench/README.md): a build of a 50k vault then never
 * holds the window for a whole merge. The items are in a total order (paths are unique), so the
 * order in which runs are merged does not change the agenda.
 */
import { mergeProblems, type Agenda } from './agenda';
import { SortedMerge } from './agenda-order';
import type { Day } from './types';

/** A run this size or smaller than the one after it is merged with it, so runs double in size. */
const MERGE_RATIO = 2;

const size = (agenda: Agenda): number => agenda.items.length + agenda.problems.length;

/** A merge under way: its two runs (taken out of the list) and where its result goes back. */
interface Merging {
  at: number;
  a: Agenda;
  b: Agenda;
  items: SortedMerge;
}

export class AgendaRuns {
  private readonly runs: Agenda[] = [];
  private merging: Merging | null = null;

  constructor(private readonly today: Day) {}

  /** A chunk's sorted agenda, over notes no run has yet. */
  add(run: Agenda): void {
    this.runs.push(run);
  }

  /**
   * Merges up to about `budget` items (Infinity: every merge wanted); whether merging is still
   * wanted. `final`: every note is in, so merge down to one run.
   */
  work(budget: number, final: boolean): boolean {
    let left = budget;
    for (;;) {
      const merging = this.merging ?? this.startMerge(final);
      if (merging === null) return false;
      left -= merging.items.step(left);
      if (!merging.items.done) return true;
      this.runs.splice(merging.at, 0, { today: this.today, items: merging.items.result, problems: mergeProblems(merging.a.problems, merging.b.problems) });
      this.merging = null;
      if (left <= 0) return this.pairToMerge(final) !== -1;
    }
  }

  /** The whole agenda: whatever merging is left, done now. */
  finish(): Agenda {
    this.work(Infinity, true);
    return this.runs[0] ?? { today: this.today, items: [], problems: [] };
  }

  private startMerge(final: boolean): Merging | null {
    const at = this.pairToMerge(final);
    if (at === -1) return null;
    const [a, b] = this.runs.splice(at, 2) as [Agenda, Agenda];
    this.merging = { at, a, b, items: new SortedMerge(a.items, b.items) };
    return this.merging;
  }

  /** The newest two runs of a size (the binary counter), or when `final` the newest two; -1 for none. */
  private pairToMerge(final: boolean): number {
    const runs = this.runs;
    for (let k = runs.length - 2; k >= 0; k--) {
      if (size(runs[k] as Agenda) <= MERGE_RATIO * size(runs[k + 1] as Agenda)) return k;
    }
    return final && runs.length >= 2 ? runs.length - 2 : -1;
  }
}
