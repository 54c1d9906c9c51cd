// Issue 12.1: an agenda block on a day near 9999-12-31 (a daily note's date) with any range
// shows what is due, instead of throwing when the range passes the calendar's end.
import { describe, expect, it } from 'vitest';
import { buildAgenda } from '../../../src/core/agenda';
import { readContact } from '../../../src/core/schema';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { parseBlockOptions } from '../../../src/core/agenda-block/block-options';
import { selectItems } from '../../../src/core/agenda-block/select-items';

describe('selectItems at the end of the calendar', () => {
  it('a range past 9999-12-31 ends there', () => {
    const agenda = buildAgenda([readContact('a.md', { followup: 'active', contacted: '9999-12-13' })], DEFAULT_SETTINGS, '9999-12-20');
    const parsed = parseBlockOptions('range: 30d');
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    expect(selectItems(agenda, parsed.options).map((i) => i.contact.path)).toEqual(['a.md']);
  });
});
