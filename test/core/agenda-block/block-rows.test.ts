/** The agenda block's model: rows in the agenda's order, their texts and classes, the heading, the empty and problems lines. */
import { describe, expect, it } from 'vitest';
import { blockModel } from '../../../src/core/agenda-block/block-rows';
import { blockView, VIEWS } from './block-fixtures';

describe('blockModel', () => {
  it('gives one row per item, in order, with meta, due (with its absolute date) and slot', () => {
    const model = blockModel(VIEWS.full, 'the view');
    expect(model.title).toBe('Follow-ups');
    expect(model.empty).toBeNull();
    expect(model.rows.map((r) => r.name)).toEqual(['Jane <b>Doe</b>', 'Old', 'Ali & Co', 'Sam']);
    expect(model.rows[0]).toEqual({
      path: 'Jobs/Jane <b>Doe</b>.md',
      name: 'Jane <b>Doe</b>',
      spans: [
        { cls: ['pp-agenda-meta'], text: ' · job · follow-up 2 of 3 · ' },
        { cls: ['pp-agenda-due', 'pp-is-overdue'], text: '6 days overdue', title: 'Thu 19 Nov 2026' },
        { cls: ['pp-agenda-slot'], text: ' · Wed midday' },
      ],
    });
    expect(model.rows[2]!.spans[1]!.cls).toEqual(['pp-agenda-due', 'pp-is-due']);
    expect(model.problems).toBe('1 contact note has a problem; see the view.');
  });

  it('dates another day "as of" it and counts problems in the plural', () => {
    const model = blockModel(VIEWS.asOf, 'the Follow-ups view');
    expect(model.title).toBe('Follow-ups as of Wed 18 Nov 2026');
    expect(model.problems).toBe('2 contact notes have problems; see the Follow-ups view.');
  });

  it('says what range had nothing due', () => {
    expect(blockModel(VIEWS.empty, 'x')).toEqual({ title: 'Follow-ups', empty: 'Nothing due today.', rows: [], problems: null });
    expect(blockModel(blockView('range: 2w\ncontext: nobody', '2026-11-25', '2026-11-25'), 'x').empty).toBe('Nothing due in the next 2w.');
  });
});
