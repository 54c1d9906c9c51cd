import { describe, expect, it } from 'vitest';
import { DayOutOfRange } from '../../src/core/calendar';
import { parseTypedDay, parseTypedTime } from '../../src/core/typed-dates';

// 2026-12-02 is a Wednesday.
const today = '2026-12-02';

describe('parseTypedDay', () => {
  it.each([
    ['2026-12-24', '2026-12-24'],
    ['today', today],
    ['Tomorrow', '2026-12-03'],
    ['yesterday', '2026-12-01'],
    ['next-monday', '2026-12-07'],
    ['next monday', '2026-12-07'],
    ['monday', '2026-12-07'],
    ['next-wednesday', '2026-12-09'],
    ['friday', '2026-12-04'],
    ['+2w', '2026-12-16'],
    ['+3d', '2026-12-05'],
    ['+10', '2026-12-12'],
    ['+30d', '2027-01-01'],
  ])('%s is %s', (typed, day) => {
    expect(parseTypedDay(typed, today)).toBe(day);
  });

  it.each(['2026-02-30', 'someday', 'next', '+', '+2y', '-2d', 'next monday 10:00', ''])('%s is not a day', (typed) => {
    expect(parseTypedDay(typed, today)).toBeNull();
  });

  it('a relative day past the last plannable day throws the calendar error', () => {
    expect(() => parseTypedDay('+2w', '9999-12-30')).toThrow(DayOutOfRange);
  });

  it('crosses a leap day and a year end', () => {
    expect(parseTypedDay('tomorrow', '2028-02-28')).toBe('2028-02-29');
    expect(parseTypedDay('next-friday', '2026-12-31')).toBe('2027-01-01');
  });
});

describe('parseTypedTime', () => {
  const now = { day: today, time: '09:41' };
  it.each([
    ['yesterday 14:00', { day: '2026-12-01', time: '14:00' }],
    ['2026-11-30 8:05', { day: '2026-11-30', time: '08:05' }],
    ['2026-11-30', { day: '2026-11-30', time: '09:41' }],
    ['yesterday', { day: '2026-12-01', time: '09:41' }],
    ['14:00', { day: today, time: '14:00' }],
    ['next monday 07:30', { day: '2026-12-07', time: '07:30' }],
  ])('%s', (typed, expected) => {
    expect(parseTypedTime(typed, now)).toEqual(expected);
  });

  it.each(['yesterday 25:00', 'yesterday at 14:00', '2026-11-31 10:00', 'noon'])('%s is not a time', (typed) => {
    expect(parseTypedTime(typed, now)).toBeNull();
  });
});
