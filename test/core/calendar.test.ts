// Calendar-day arithmetic, checked against a printed 2026 calendar, across the DST switches of the
// zone the suite runs in (CI: UTC, America/Los_Angeles, Pacific/Auckland).
import { describe, expect, it } from 'vitest';
import { addDaysTo, dateToDay, dayToDate, daysBetween, formatShortDay, isValidDay, weekdayOf, WEEKDAY_NAMES } from '../../src/core/calendar';

describe('calendar', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDaysTo('2026-11-04', 7)).toBe('2026-11-11');
    expect(addDaysTo('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDaysTo('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDaysTo('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDaysTo('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('moves by calendar days across every DST switch of 2026 (US, NZ, EU)', () => {
    // US: Sun 8 Mar and Sun 1 Nov; NZ: Sun 5 Apr and Sun 27 Sep; EU: Sun 29 Mar and Sun 25 Oct.
    for (const sunday of ['2026-03-08', '2026-11-01', '2026-04-05', '2026-09-27', '2026-03-29', '2026-10-25']) {
      const saturday = addDaysTo(sunday, -1);
      expect(addDaysTo(saturday, 1)).toBe(sunday);
      expect(addDaysTo(saturday, 2)).not.toBe(sunday);
      expect(daysBetween(saturday, addDaysTo(saturday, 7))).toBe(7);
      expect(weekdayOf(sunday)).toBe(0);
      expect(weekdayOf(saturday)).toBe(6);
    }
    expect(addDaysTo('2026-03-06', 7)).toBe('2026-03-13');
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-04-04', '2026-04-06')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });

  it('counts whole days, negative backwards', () => {
    expect(daysBetween('2026-11-04', '2026-11-25')).toBe(21);
    expect(daysBetween('2026-11-25', '2026-11-04')).toBe(-21);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
  });

  it('knows weekdays and writes short days in English', () => {
    expect(['2026-11-01', '2026-11-02', '2026-11-04', '2026-11-07'].map(weekdayOf)).toEqual([0, 1, 3, 6]);
    expect(WEEKDAY_NAMES[3]).toBe('Wednesday');
    expect(formatShortDay('2026-11-11')).toBe('Wed 11 Nov');
    expect(formatShortDay('2027-01-04')).toBe('Mon 4 Jan');
  });

  it('converts between days and local Dates, keeping years below 100', () => {
    const d = dayToDate('2026-03-08');
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()]).toEqual([2026, 2, 8, 0]);
    expect(dateToDay(new Date(2026, 10, 4, 23, 59))).toBe('2026-11-04');
    expect(dateToDay(dayToDate('0099-12-31'))).toBe('0099-12-31');
    expect(() => dayToDate('2026-1-4')).toThrow(RangeError);
  });

  it('validates calendar days', () => {
    expect([isValidDay(2026, 2, 28), isValidDay(2026, 2, 29), isValidDay(2028, 2, 29), isValidDay(2100, 2, 29), isValidDay(2000, 2, 29)]).toEqual([
      true, false, true, false, true,
    ]);
    expect([isValidDay(2026, 4, 31), isValidDay(2026, 13, 1), isValidDay(2026, 0, 1), isValidDay(2026, 1, 0), isValidDay(0, 1, 1)]).toEqual([
      false, false, false, false, false,
    ]);
  });
});
