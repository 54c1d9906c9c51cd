// groupAgenda over an agenda that updateAgenda made from one already grouped (the sidebar's
// redraw after an edit) gives the groups worked out afresh over every item: same groups, same
// items in the same order, whatever the filter and however the updates chain.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAgenda, updateAgenda, type Agenda } from '../../src/core/agenda';
import { groupAgenda } from '../../src/core/agenda-groups';
import { applyChanges, change, note, read, TODAY, vaultOf } from './agenda-notes';
import { settings } from './builders';

const FILTERS = ['', 'a', 'ANN', ' job ', 'p/1', 'zz'];

/** The groups of a copy of `agenda` that has no history: worked out over every item. */
const afresh = (agenda: Agenda, filter: string) => groupAgenda({ ...agenda }, filter);

describe('groupAgenda after updateAgenda', () => {
  it('gives the groups worked out afresh, for chains of updates grouped with changing filters', () => {
    const s = settings();
    const step = fc.record({
      changes: fc.array(change, { minLength: 1, maxLength: 6 }),
      // Not every agenda is grouped (a view closed); one may be redrawn as its filter is typed.
      filters: fc.array(fc.constantFrom(...FILTERS), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(note, { maxLength: 25 }), fc.constantFrom(...FILTERS), fc.array(step, { minLength: 1, maxLength: 10 }), (start, firstFilter, steps) => {
        const notes = vaultOf(start);
        let agenda = buildAgenda(notes.values(), s, TODAY);
        expect(groupAgenda(agenda, firstFilter)).toEqual(afresh(agenda, firstFilter));
        for (const { changes, filters } of steps) {
          const { paths, changed } = applyChanges(notes, changes);
          agenda = updateAgenda(agenda, paths, changed, s);
          for (const filter of filters) {
            const groups = groupAgenda(agenda, filter);
            expect(groups).toEqual(afresh(agenda, filter));
            expect(groups).toEqual(groupAgenda(buildAgenda(notes.values(), s, TODAY), filter));
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives each caller its own lists: changing one grouping does not change the next', () => {
    const s = settings();
    const notes = ['Ann', 'Bo', 'Cy'].map((name, i) => read(`p/${i}.md`, { name, context: 'job', followup: 'active', contacted: ['2026-10-28'] }));
    const agenda = buildAgenda(notes, s, TODAY);
    const first = groupAgenda(agenda);
    for (const g of first) g.items.length = 0;
    expect(groupAgenda(agenda)).toEqual(afresh(agenda, ''));
    expect(groupAgenda(agenda).flatMap((g) => g.items)).toHaveLength(3);
  });

  it('groups one agenda updated twice, each from the same grouped parent, as afresh', () => {
    const s = settings();
    const notes = ['Ann', 'Bo', 'Cy'].map((name, i) => read(`p/${i}.md`, { name, context: 'job', followup: 'active', contacted: ['2026-10-28'] }));
    const base = buildAgenda(notes, s, TODAY);
    groupAgenda(base);
    const stopped = updateAgenda(base, new Set(['p/1.md']), [read('p/1.md', { name: 'Bo', context: 'job', followup: 'stopped', contacted: [] })], s);
    const removed = updateAgenda(base, new Set(['p/0.md']), [], s);
    expect(groupAgenda(stopped)).toEqual(afresh(stopped, ''));
    expect(groupAgenda(removed)).toEqual(afresh(removed, ''));
  });
});
