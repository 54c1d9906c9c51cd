// docs/design.md "Values": cadence forms, rejections and the short form written back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CADENCE_FORMS, CADENCE_PRESETS, describeGap, formatCadence, parseCadence } from '../../src/core/cadence';

const days = (value: unknown): number[] | string => {
  const r = parseCadence(value);
  return r.ok ? r.days : r.message;
};

describe('parseCadence accepts', () => {
  it.each([
    ['1w, 1w, 2w', [7, 7, 14]],
    ['10d', [10]],
    ['3w', [21]],
    ['10 days', [10]],
    ['1 day', [1]],
    ['2 weeks', [14]],
    ['1 week', [7]],
    ['weekly', [7]],
    ['biweekly', [14]],
    ['fortnightly', [14]],
    ['every other week', [14]],
    ['monthly', [30]],
    ['weekly then biweekly', [7, 14]],
    ['weekly, then biweekly', [7, 14]],
    ['Weekly THEN Every  Other   Week', [7, 14]],
    ['  1W ,1w,   2W  ', [7, 7, 14]],
    ['10 DAYS, 2 Weeks', [10, 14]],
    ['1w,,2w,', [7, 14]],
  ])('%j', (text, expected) => {
    expect(days(text)).toEqual(expected);
  });

  it('YAML lists of those, and bare numbers of days', () => {
    expect(days(['1w', '1w', '2w'])).toEqual([7, 7, 14]);
    expect(days(['weekly then biweekly', 'monthly'])).toEqual([7, 14, 30]);
    expect(days([7, '2w'])).toEqual([7, 14]);
    expect(days(10)).toEqual([10]);
    expect(days('10')).toEqual([10]);
  });
});

describe('parseCadence rejects', () => {
  it.each([
    ['0d', '"0d" is not a gap'],
    ['every day', '"every day" is not a gap'],
    ['2 months', '"2 months" is not a gap'],
    ['1w, soon', '"soon" is not a gap'],
    // Issue 12.4: "then" inside an unknown phrase is not a separator; the whole phrase is named.
    ['now and then', '"now and then" is not a gap'],
    ['1w, now and then', '"now and then" is not a gap'],
    ['then and now', '"then and now" is not a gap'],
    [['1w', 'every now and then'], '"every now and then" is not a gap'],
    [`1w, ${'x'.repeat(500)}`, `"${'x'.repeat(57)}..." is not a gap`],
    ['-1w', '"-1w" is not a gap'],
    ['1.5w', '"1.5w" is not a gap'],
    ['99999d', '"99999d" is not a gap'],
    ['', 'the cadence is empty'],
    [' , then ', 'the cadence is empty'],
    [[], 'the cadence is empty'],
    [0, '"0" is not a gap'],
    [2.5, '"2.5" is not a gap'],
    [[['1w']], 'a cadence list may hold only texts like "1w" or numbers of days'],
    [[{ gap: '1w' }], 'a cadence list may hold only texts like "1w" or numbers of days'],
    [{ first: '1w' }, 'a cadence must be a text or a list'],
    [true, 'a cadence must be a text or a list'],
    [null, 'a cadence must be a text or a list'],
  ])('%j', (value, detail) => {
    expect(days(value)).toBe(`${detail}; expected ${CADENCE_FORMS}`);
  });

  it('lists every accepted form in the message', () => {
    for (const form of ['Nd', 'Nw', 'N days', 'N weeks', 'weekly', 'biweekly', 'fortnightly', 'every other week', 'monthly']) {
      expect(days('2 months')).toContain(form);
    }
  });
});

describe('formatCadence', () => {
  it('writes whole weeks as Nw and anything else as Nd', () => {
    expect(formatCadence([7, 7, 14])).toBe('1w, 1w, 2w');
    expect(formatCadence([10, 30, 1])).toBe('10d, 30d, 1d');
  });

  it('round-trips through parseCadence', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 3650 }), { minLength: 1, maxLength: 8 }), (gaps) => {
        expect(days(formatCadence(gaps))).toEqual(gaps);
      }),
    );
  });

  it('every preset parses', () => {
    expect(CADENCE_PRESETS[0]?.value).toBe('1w, 1w, 2w');
    for (const preset of CADENCE_PRESETS) expect(parseCadence(preset.value).ok).toBe(true);
  });
});

describe('describeGap', () => {
  it('says weeks for whole weeks and days otherwise', () => {
    expect([1, 2, 7, 14, 10, 30, 0].map(describeGap)).toEqual(['1 day', '2 days', '1 week', '2 weeks', '10 days', '30 days', '0 days']);
  });
});
