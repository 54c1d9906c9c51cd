// An agenda built a chunk at a time (AgendaRuns: the plugin's idle build) is what buildAgenda
// gives over every note, however the merging is cut into steps; and a step merges no more
// items than it is allowed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAgenda } from '../../src/core/agenda';
import { AgendaRuns } from '../../src/core/agenda-runs';
import { note, read, TODAY } from './agenda-notes';
import { settings } from './builders';

describe('AgendaRuns', () => {
  it('gives what buildAgenda gives over every chunk, merged in steps of any size between chunks', () => {
    const s = settings();
    const budget = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 7 }), fc.constant(Infinity));
    fc.assert(
      fc.property(fc.array(note, { maxLength: 60 }), fc.integer({ min: 1, max: 9 }), fc.array(budget, { minLength: 1, maxLength: 5 }), fc.boolean(), (notes, chunk, budgets, drain) => {
        const results = notes.map((n, i) => read(`p/${i}.md`, n));
        const runs = new AgendaRuns(TODAY);
        for (let i = 0, k = 0; i < results.length; i += chunk, k++) {
          runs.add(buildAgenda(results.slice(i, i + chunk), s, TODAY));
          runs.work(budgets[k % budgets.length] as number, false);
        }
        // Either the rest is merged a step at a time (the idle build), or at once (the agenda asked for).
        if (drain) while (runs.work(budgets[0] || 3, true));
        expect(runs.finish()).toEqual(buildAgenda(results, s, TODAY));
      }),
      { numRuns: 200 },
    );
  });

  it('merges at most the items it is allowed per step: two runs of 5 and 3 take 8 steps of one', () => {
    const s = settings();
    const agendaOf = (from: number, count: number) =>
      buildAgenda(Array.from({ length: count }, (_, i) => read(`p/${from + i}.md`, { name: `N${from + i}`, followup: 'active', contacted: ['2026-10-28'] })), s, TODAY);
    const runs = new AgendaRuns(TODAY);
    runs.add(agendaOf(0, 5));
    runs.add(agendaOf(5, 3));
    const wanted: boolean[] = [];
    for (let i = 0; i < 9; i++) wanted.push(runs.work(1, true));
    expect(wanted).toEqual([true, true, true, true, true, true, true, false, false]);
    expect(runs.finish().items).toHaveLength(8);
  });

  it('does not merge two runs of very different sizes before every note is in', () => {
    const s = settings();
    const runs = new AgendaRuns(TODAY);
    const many = Array.from({ length: 9 }, (_, i) => read(`p/${i}.md`, { name: `N${i}`, followup: 'active', contacted: [] }));
    runs.add(buildAgenda(many, s, TODAY));
    runs.add(buildAgenda([read('q.md', { name: 'Q', followup: 'active', contacted: [] })], s, TODAY));
    expect(runs.work(Infinity, false)).toBe(false);
    expect(runs.work(1, true)).toBe(true);
    expect(runs.finish()).toEqual(buildAgenda([...many, read('q.md', { name: 'Q', followup: 'active', contacted: [] })], s, TODAY));
  });

  it('is an empty agenda with no runs', () => {
    expect(new AgendaRuns(TODAY).finish()).toEqual({ today: TODAY, items: [], problems: [] });
  });
});
