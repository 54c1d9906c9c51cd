// updateAgenda (one edit at a time, as the plugin's index follows them) equals buildAgenda over
// the updated notes: same items in the same order, same problems.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAgenda, updateAgenda } from '../../src/core/agenda';
import type { ReadResult } from '../../src/core/schema';
import { applyChanges, change, note, read, TODAY, vaultOf } from './agenda-notes';
import { settings } from './builders';

describe('updateAgenda', () => {
  it('gives what buildAgenda gives over the updated notes, after edits, additions and removals', () => {
    const s = settings();
    fc.assert(
      fc.property(
        fc.array(note, { minLength: 0, maxLength: 30 }),
        fc.array(change, { minLength: 1, maxLength: 40 }),
        (start, changes) => {
          const notes = vaultOf(start);
          const before = buildAgenda(notes.values(), s, TODAY);
          const { paths, changed } = applyChanges(notes, changes);
          expect(updateAgenda(before, paths, changed, s)).toEqual(buildAgenda(notes.values(), s, TODAY));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('stays what buildAgenda gives when each update is made from the last (a few notes at a time, or many)', () => {
    const s = settings();
    fc.assert(
      fc.property(
        fc.array(note, { maxLength: 30 }),
        fc.array(fc.array(change, { minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 8 }),
        (start, steps) => {
          const notes = vaultOf(start);
          let agenda = buildAgenda(notes.values(), s, TODAY);
          for (const changes of steps) {
            const { paths, changed } = applyChanges(notes, changes);
            agenda = updateAgenda(agenda, paths, changed, s);
            expect(agenda).toEqual(buildAgenda(notes.values(), s, TODAY));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives the same from one agenda updated twice as from two fresh ones', () => {
    const s = settings();
    const notes = ['Ann', 'Bo', 'Cy'].map((name, i) => read(`p/${i}.md`, { name, followup: 'active', contacted: ['2026-10-28'] }));
    const base = buildAgenda(notes, s, TODAY);
    const bo = read('p/1.md', { name: 'Bo', followup: 'stopped', contacted: [] });
    const first = updateAgenda(base, new Set(['p/1.md']), [bo], s);
    // The second update from the same base: its path index went to `first`, so it is made again.
    const second = updateAgenda(base, new Set(['p/0.md']), [], s);
    expect(first).toEqual(buildAgenda([notes[0] as ReadResult, bo, notes[2] as ReadResult], s, TODAY));
    expect(second).toEqual(buildAgenda(notes.slice(1), s, TODAY));
    expect(base).toEqual(buildAgenda(notes, s, TODAY));
  });

  it('leaves the agenda it was given as it was', () => {
    const s = settings();
    const notes = [read('a.md', { name: 'Ann', followup: 'active', contacted: ['2026-10-28'] }), read('b.md', { name: 'Bo', followup: 'active', contacted: [] })];
    const before = buildAgenda(notes, s, TODAY);
    const copy = structuredClone(before);
    updateAgenda(before, new Set(['a.md']), [], s);
    expect(before).toEqual(copy);
  });
});
