// Issue 12.1: days live in the years 0001-9999. A day outside them, as written or after the
// arithmetic (a due date, a zoned time that lands in year 10000), is a problem on its key, and
// one such note never takes the agenda down.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAgenda } from '../../src/core/agenda';
import { addDaysTo, addDaysWithin, DayOutOfRange, isDay } from '../../src/core/calendar';
import { readContact } from '../../src/core/schema';
import { contact, settings } from './builders';

const TODAY = '2026-11-25';

const agendaOf = (notes: Record<string, Record<string, unknown>>) =>
  buildAgenda(
    Object.entries(notes).map(([path, fm]) => readContact(path, fm)),
    settings(),
    TODAY,
  );

describe('the calendar stops at 9999-12-31', () => {
  it('adds days up to the last day and refuses to go past it or before 0001-01-01', () => {
    expect(addDaysTo('9999-12-30', 1)).toBe('9999-12-31');
    expect(addDaysTo('0001-01-02', -1)).toBe('0001-01-01');
    expect(() => addDaysTo('9999-12-31', 1)).toThrow(DayOutOfRange);
    expect(() => addDaysTo('0001-01-01', -1)).toThrow(DayOutOfRange);
  });

  it('addDaysWithin stops at the first and last day, for the end of a range', () => {
    expect(addDaysWithin('9999-12-20', 30)).toBe('9999-12-31');
    expect(addDaysWithin('0001-01-05', -30)).toBe('0001-01-01');
    expect(addDaysWithin('2026-11-25', 7)).toBe('2026-12-02');
  });
});

describe('a day outside the years 0001-9999 is a problem on its key', () => {
  it('a due date past 9999-12-31 is a problem on `contacted`; the other notes are planned', () => {
    const agenda = agendaOf({
      'End.md': { followup: 'active', contacted: ['9999-12-31'] },
      'Long cadence.md': { followup: 'active', contacted: ['9999-01-01'], cadence: '3650d' },
      'Fine.md': { followup: 'active', contacted: ['2026-11-18'] },
      'Late but fine.md': { followup: 'active', contacted: ['9999-12-20'] },
    });
    expect(agenda.items.map((i) => i.contact.path).sort()).toEqual(['Fine.md', 'Late but fine.md']);
    expect(agenda.problems.map((p) => [p.path, p.key, p.value])).toEqual([
      ['End.md', 'contacted', '9999-12-31'],
      ['Long cadence.md', 'contacted', '9999-01-01'],
    ]);
    for (const p of agenda.problems) expect(p.message).toMatch(/after 9999-12-31/);
  });

  it('a zoned `contacted` time that is in year 10000 here is a problem, not a crash', () => {
    // 23:00 at UTC-12 is 11:00 next day in UTC: year 10000 in every zone east of UTC-11.
    const read = readContact('Zoned.md', { followup: 'active', contacted: ['9999-12-31T23:00-12:00'] });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => [p.key, p.value])).toEqual([['contacted', '9999-12-31T23:00-12:00']]);
    expect(read.problems[0]?.message).toMatch(/0001-9999/);
  });

  it('a zoned snooze that lands in year 10000 is a problem, not silently ignored', () => {
    const read = readContact('Snooze.md', { followup: 'active', contacted: ['2026-11-04'], snooze: '9999-12-31T23:00-12:00' });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => p.key)).toEqual(['snooze']);
  });

  it('a planner that throws for one note makes a problem for that note only', () => {
    const ok = contact('Ok.md').contacted('2026-11-18').build();
    const bad = contact('Bad.md').contacted('2026-11-18').build();
    const agenda = buildAgenda([{ ok: true, contact: ok }, { ok: true, contact: bad }], settings(), TODAY, (c, s, d) => {
      if (c.path === 'Bad.md') throw new TypeError('boom');
      return buildAgenda([{ ok: true, contact: c }], s, d).items[0]!.plan;
    });
    expect(agenda.items.map((i) => i.contact.path)).toEqual(['Ok.md']);
    expect(agenda.problems).toEqual([expect.objectContaining({ path: 'Bad.md', key: 'followup' })]);
    expect(agenda.problems[0]?.message).toContain('boom');
  });
});

// Done-when property: random contacts across the whole calendar, read from frontmatter as a note
// holds it, with random cadences and settings: planning never throws, and every contact is either
// an agenda item with a real four-digit due day or a problem on a named key.
const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const dayText = fc
  .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
const lateDay = fc
  .tuple(fc.integer({ min: 9990, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(d, 2)}`);
const zone = fc.constantFrom('', 'Z', '+14:00', '-12:00', '+05:30', '-0800');
const outreachText = fc
  .tuple(fc.oneof(dayText, lateDay, fc.constantFrom('0001-01-01', '9999-12-31')), fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), zone)))
  .map(([day, t]) => (t === null ? day : t[2] === '' ? `${day} ${pad(t[0], 2)}:${pad(t[1], 2)}` : `${day}T${pad(t[0], 2)}:${pad(t[1], 2)}${t[2]}`));
const gap = fc.oneof(
  fc.integer({ min: 1, max: 3650 }),
  fc.integer({ min: 1, max: 521 }).map((w) => `${w}w`),
  fc.integer({ min: 0, max: 4000 }).map((d) => `${d}d`),
  fc.constantFrom('weekly', 'biweekly', 'monthly', 'now and then'),
);
const frontmatter = fc.record(
  {
    followup: fc.constantFrom('active', 'active', 'active', 'paused', true),
    contacted: fc.array(outreachText, { minLength: 0, maxLength: 4 }),
    cadence: fc.oneof(fc.array(gap, { minLength: 1, maxLength: 4 }), gap),
    snooze: outreachText,
  },
  { requiredKeys: ['followup', 'contacted'] },
);
const settingsArb = fc.record({
  cadence: fc.array(fc.integer({ min: 1, max: 3650 }), { minLength: 1, maxLength: 4 }),
  minGapDays: fc.integer({ min: 1, max: 365 }),
  askAfter: fc.integer({ min: 0, max: 50 }),
  skipWeekends: fc.boolean(),
  varyWeekday: fc.boolean(),
});

describe('planning across the years 0001-9999', () => {
  it('never throws, and each contact is an item with a real day or a problem on a key', () => {
    fc.assert(
      fc.property(fc.array(frontmatter, { minLength: 1, maxLength: 6 }), settingsArb, fc.oneof(dayText.filter(isDay), lateDay), (notes, s, today) => {
        const reads = notes.map((fm, i) => readContact(`n${i}.md`, fm));
        const agenda = buildAgenda(reads, settings(s), today);
        const paths = new Set([...agenda.items.map((i) => i.contact.path), ...agenda.problems.map((p) => p.path)]);
        expect(paths.size).toBe(notes.length);
        for (const { plan } of agenda.items) {
          if (plan.due !== null) expect(isDay(plan.due), plan.due).toBe(true);
          if (plan.slot !== null) expect(isDay(plan.slot.date)).toBe(true);
        }
        for (const p of agenda.problems) expect(['contacted', 'cadence', 'snooze']).toContain(p.key);
      }),
      { numRuns: 300 },
    );
  });
});
