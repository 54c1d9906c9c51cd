// The agenda's sorted lists: built one binary-search insert at a time, merged in parts of any
// size, or with items taken out, they are what sorting everything gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAgenda, type AgendaItem } from '../../src/core/agenda';
import { insertSorted, mergeSorted, removeSorted, SortedMerge, sortItems } from '../../src/core/agenda-order';
import { note, read, TODAY } from './agenda-notes';
import { settings } from './builders';

/** The items of random notes (problems dropped), in no particular order. */
const items = fc.array(note, { maxLength: 40 }).map((notes) => {
  const agenda = buildAgenda(
    notes.map((n, i) => read(`p/${i}.md`, n)),
    settings(),
    TODAY,
  );
  return agenda.items.slice().reverse();
});

describe('the agenda order', () => {
  it('inserting items one by one gives what sorting them gives', () => {
    fc.assert(
      fc.property(items, (all) => {
        expect(insertSorted([], all)).toEqual(sortItems(all));
      }),
      { numRuns: 100 },
    );
  });

  it('taking items out leaves the others sorted, and only what was there is taken', () => {
    fc.assert(
      fc.property(items, fc.array(fc.nat()), (all, picks) => {
        const sorted = sortItems(all);
        const gone = new Set(picks.flatMap((k) => (all.length > 0 ? [all[k % all.length] as AgendaItem] : [])));
        const list = sorted.slice();
        for (const item of gone) expect(removeSorted(list, item)).toBe(true);
        expect(list).toEqual(sorted.filter((i) => !gone.has(i)));
        for (const item of gone) expect(removeSorted(list, item)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('finds an item changed in place by identity', () => {
    const names = ['Ann', 'Bo', 'Cy', 'Dee', 'Eve'];
    const sorted = sortItems(buildAgenda(names.map((name, i) => read(`p/${i}.md`, { name, followup: 'active', contacted: ['2026-10-28'] })), settings(), TODAY).items);
    // Its key now puts it first, where the binary search looks and does not find it.
    const dee = sorted[3] as AgendaItem;
    dee.plan = { ...dee.plan, due: '2026-01-01' };
    expect(removeSorted(sorted, dee)).toBe(true);
    expect(sorted.map((i) => i.contact.name)).toEqual(['Ann', 'Bo', 'Cy', 'Eve']);
  });

  it('merges two sorted lists in parts of any size as in one pass', () => {
    // Budgets of 0 merge nothing; one at least is not 0, so the merge ends.
    const steps = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 6 }).filter((s) => s.some((n) => n > 0));
    fc.assert(
      fc.property(items, fc.nat(), steps, (all, cut, budgets) => {
        const at = all.length === 0 ? 0 : cut % all.length;
        const a = sortItems(all.slice(0, at));
        const b = sortItems(all.slice(at));
        const merge = new SortedMerge(a, b);
        let merged = 0;
        for (let k = 0; !merge.done; k++) {
          const want = budgets[k % budgets.length] as number;
          const got = merge.step(want);
          expect(got).toBe(Math.min(want, a.length + b.length - merged));
          merged += got;
        }
        expect(merge.result).toEqual(sortItems(all));
        expect(mergeSorted(a, b)).toEqual(sortItems(all));
      }),
      { numRuns: 100 },
    );
  });
});
