// Invariants of docs/design.md "The rules engine" for random contacts, settings and days (1990-2100),
// checked against the independent calendar in builders.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAgenda } from '../../src/core/agenda';
import { planFollowUp } from '../../src/core/rules';
import type { Settings } from '../../src/core/settings';
import type { Contact, FollowupState } from '../../src/core/types';
import { contact, dayFromNumber, dayNumber, plusDays, settings, weekdayNumber } from './builders';

const FIRST = dayNumber('1990-01-01');
const LAST = dayNumber('2100-12-31');
const day = fc.integer({ min: FIRST, max: LAST }).map(dayFromNumber);
const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const gaps = fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 5 });

const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    cadence: gaps,
    minGapDays: fc.integer({ min: 1, max: 30 }),
    askAfter: fc.integer({ min: 0, max: 10 }),
    checkInDays: fc.integer({ min: 1, max: 60 }),
    skipWeekends: fc.boolean(),
    varyWeekday: fc.boolean(),
    reintroduceAfterDays: fc.integer({ min: 1, max: 60 }),
  })
  .map((o) => settings(o));

/** A contact whose messages lie within a year of a random day; today and snooze near them. */
const scenario = fc
  .record({
    start: fc.integer({ min: FIRST, max: LAST - 500 }),
    sent: fc.array(fc.tuple(fc.integer({ min: 0, max: 365 }), fc.option(time)), { minLength: 1, maxLength: 7 }),
    state: fc.constantFrom<FollowupState>('active', 'active', 'active', 'paused', 'replied', 'stopped'),
    cadence: fc.option(gaps),
    snoozeIn: fc.option(fc.integer({ min: -30, max: 120 })),
    todayIn: fc.integer({ min: -30, max: 120 }),
    settings: settingsArb,
  })
  .map((s) => {
    const items = s.sent.map(([offset, t]) => `${dayFromNumber(s.start + offset)}${t === null ? '' : ` ${t}`}`);
    let b = contact().state(s.state).contacted(...items);
    if (s.cadence) b = b.cadence(...s.cadence);
    const last = b.build().contacted.at(-1)!.day;
    if (s.snoozeIn !== null) b = b.snooze(plusDays(last, s.snoozeIn));
    return { contact: b.build(), settings: s.settings, today: plusDays(last, s.todayIn), last };
  });

const withoutSnooze = (c: Contact): Contact => ({ ...c, snooze: null });

describe('planFollowUp invariants', () => {
  it('due keeps the gap and the weekday rules, unless a later snooze decides', () => {
    fc.assert(
      fc.property(scenario, ({ contact: c, settings: s, today, last }) => {
        const p = planFollowUp(c, s, today);
        if (c.state !== 'active') return;
        const n = c.contacted.length - 1;
        const cadence = c.cadence ?? s.cadence;
        const wanted = cadence[Math.min(n, cadence.length - 1)]!;
        // Check-ins (after the ask, step askAfter + 2 on) keep at least the check-in pace.
        const gap = Math.max(s.minGapDays, n + 1 > s.askAfter + 1 ? Math.max(wanted, s.checkInDays) : wanted);
        const unsnoozed = planFollowUp(withoutSnooze(c), s, today).due!;
        const offset = dayNumber(unsnoozed) - dayNumber(last);
        expect(offset).toBeGreaterThanOrEqual(Math.max(gap, s.minGapDays));
        expect(offset).toBeLessThanOrEqual(gap + 3);
        if (s.skipWeekends) expect([0, 6]).not.toContain(weekdayNumber(unsnoozed));
        if (s.varyWeekday) expect(weekdayNumber(unsnoozed)).not.toBe(weekdayNumber(last));
        expect(p.due).toBe(c.snooze !== null && c.snooze > unsnoozed ? c.snooze : unsnoozed);
        // The slot is the day to send: the due day, or for an overdue one today, off the weekend if skipped.
        let send = p.due! < today ? today : p.due!;
        while (p.due! < today && s.skipWeekends && [0, 6].includes(weekdayNumber(send))) send = plusDays(send, 1);
        expect(p.slot?.date).toBe(send);
      }),
      { numRuns: 1000 },
    );
  });

  it('step, kind, bucket, daysSinceLast and reintroduce follow their formulas', () => {
    fc.assert(
      fc.property(scenario, ({ contact: c, settings: s, today, last }) => {
        const p = planFollowUp(c, s, today);
        const since = dayNumber(today) - dayNumber(last);
        expect(p.daysSinceLast).toBe(since);
        if (c.state !== 'active') return;
        const step = c.contacted.length;
        expect(p.step).toBe(step);
        expect(p.kind).toBe(step <= s.askAfter ? 'follow-up' : step === s.askAfter + 1 ? 'ask-to-stop' : 'check-in');
        const ahead = dayNumber(p.due!) - dayNumber(today);
        expect(p.bucket).toBe(ahead < 0 ? 'overdue' : ahead === 0 ? 'today' : ahead <= 7 ? 'week' : 'later');
        expect(p.reintroduce).toBe(since > s.reintroduceAfterDays);
      }),
      { numRuns: 500 },
    );
  });

  it('stopped, replied and paused never have a due date', () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom<FollowupState>('paused', 'replied', 'stopped'), ({ contact: c, settings: s, today }, state) => {
        const p = planFollowUp({ ...c, state }, s, today);
        expect([p.state, p.due, p.bucket, p.step, p.kind, p.slot, p.reintroduce]).toEqual([state, null, null, null, null, null, false]);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and leaves its inputs alone', () => {
    fc.assert(
      fc.property(scenario, ({ contact: c, settings: s, today }) => {
        const before = structuredClone({ c, s });
        expect(planFollowUp(c, s, today)).toEqual(planFollowUp(structuredClone(c), structuredClone(s), today));
        expect({ c, s }).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});

describe('buildAgenda invariants', () => {
  it('sorts by due date, then name, with undated items last', () => {
    const people = fc.array(fc.tuple(scenario, fc.constantFrom('Ann', 'ann', 'Bo', 'Cy', 'Åsa', 'zed')), { maxLength: 12 });
    fc.assert(
      fc.property(people, day, settingsArb, (list, today, s) => {
        const read = list.map(([sc, name], i) => ({ ok: true as const, contact: { ...sc.contact, name, path: `p/${i}.md` } }));
        const items = buildAgenda(read, s, today).items;
        expect(items).toHaveLength(list.length);
        for (let i = 1; i < items.length; i++) {
          const [a, b] = [items[i - 1]!, items[i]!];
          if (a.plan.due === null) expect(b.plan.due).toBeNull();
          if (a.plan.due !== null && b.plan.due !== null) expect(a.plan.due <= b.plan.due).toBe(true);
          if (a.plan.due === b.plan.due) expect(a.contact.name.toLowerCase() <= b.contact.name.toLowerCase()).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
