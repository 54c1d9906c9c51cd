// Date words come from the send day: "later this month" needs room left in it.
import { describe, expect, it } from 'vitest';
import { LANGUAGE_EN } from '../../../src/core/drafts/language-en';
import { LANGUAGE_SV } from '../../../src/core/drafts/language-sv';
import { sendDayOf } from '../../../src/core/drafts/send-date-words';

describe('send-day words', () => {
  it.each([
    ['2026-11-02', 'later this month', 'senare i månaden'],
    ['2026-11-20', 'later this month', 'senare i månaden'],
    ['2026-11-23', 'early next month', 'i början av nästa månad'],
    ['2026-11-30', 'early next month', 'i början av nästa månad'],
    ['2026-12-02', 'later this month', 'senare i månaden'],
    ['2026-12-28', 'early in the new year', 'efter nyår'],
    ['2028-02-19', 'later this month', 'senare i månaden'],
    ['2027-02-19', 'early next month', 'i början av nästa månad'],
  ])('%s: %s / %s', (day, en, sv) => {
    expect(LANGUAGE_EN.later(sendDayOf(day))).toBe(en);
    expect(LANGUAGE_SV.later(sendDayOf(day))).toBe(sv);
  });

  it.each([
    ['2026-11-25', 'Have a good rest of the week', 'Ha en fortsatt fin vecka'],
    ['2026-11-27', 'Have a good weekend', 'Trevlig helg'],
    ['2026-11-28', 'Enjoy the rest of the weekend', 'Ha en fortsatt skön helg'],
  ])('%s wishes %s / %s', (day, en, sv) => {
    expect(LANGUAGE_EN.weekWish(sendDayOf(day))).toBe(en);
    expect(LANGUAGE_SV.weekWish(sendDayOf(day))).toBe(sv);
  });

  it('has undated words for a plan without a day', () => {
    expect(LANGUAGE_EN.later(sendDayOf(null))).toBe('in the coming weeks');
    expect(LANGUAGE_SV.weekWish(sendDayOf(null))).toBe('Allt gott');
  });
});
