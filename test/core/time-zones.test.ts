// The same notes plan the same calendar days in every zone, across DST switches. Node applies a
// new process.env.TZ at once, so this file visits each zone itself, whatever TZ the run has.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planFollowUp } from '../../src/core/rules';
import { readContact } from '../../src/core/schema';
import { settings } from './builders';

// Zone, and its UTC offset in minutes (getTimezoneOffset) at noon on Sun 8 Mar 2026, to prove the switch took.
const ZONES = [
  ['UTC', 0],
  ['America/Los_Angeles', 420],
  ['Pacific/Auckland', -780],
  ['Europe/Stockholm', -60],
  ['Pacific/Kiritimati', -840],
  ['Pacific/Pago_Pago', 660],
] as const;

const startTz = process.env.TZ;
afterAll(() => {
  if (startTz === undefined) delete process.env.TZ;
  else process.env.TZ = startTz;
});

const utcMidnight = (iso: string) => new Date(`${iso}T00:00:00Z`);
const plan = (fm: Record<string, unknown>, today: string, overrides = {}) => {
  const r = readContact('People/Jane.md', { followup: 'active', ...fm });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return planFollowUp(r.contact, settings(overrides), today);
};

describe.each(ZONES)('in %s', (zone, offset) => {
  beforeAll(() => {
    process.env.TZ = zone;
  });

  it('is really in that zone', () => {
    expect(new Date(2026, 2, 8, 12).getTimezoneOffset()).toBe(offset);
  });

  it('reads a bare YAML date (a Date at UTC midnight) as the same calendar day as its text', () => {
    for (const contacted of ['2026-03-06', utcMidnight('2026-03-06')]) {
      // Fri 6 Mar + 1 week = Fri 13 Mar, moved past Friday and the weekend to Mon 16 Mar.
      const p = plan({ contacted, snooze: utcMidnight('2026-01-01') }, '2026-03-09');
      expect([p.due, p.daysSinceLast, p.bucket]).toEqual(['2026-03-16', 3, 'week']);
      expect(p.why).toContain('last message Fri 6 Mar');
    }
  });

  it('counts calendar days across the US switch (Sun 8 Mar)', () => {
    // Fri 6 Mar + 2 days = Sun 8 Mar, skipped to Mon 9 Mar.
    const p = plan({ contacted: utcMidnight('2026-03-06'), cadence: '2d' }, '2026-03-10', { minGapDays: 1 });
    expect([p.due, p.daysSinceLast, p.bucket]).toEqual(['2026-03-09', 4, 'overdue']);
  });

  it("counts calendar days across Auckland's April switch (Sun 5 Apr)", () => {
    // Sat 4 Apr + 2 days = Mon 6 Apr, not moved.
    const p = plan({ contacted: '2026-04-04 21:00', cadence: '2d' }, '2026-04-06', { minGapDays: 1 });
    expect([p.due, p.daysSinceLast, p.bucket, p.slot?.part]).toEqual(['2026-04-06', 2, 'today', 'morning']);
  });

  it('counts calendar days across the European switch (Sun 25 Oct) and the NZ one (Sun 27 Sep)', () => {
    // Sat 24 Oct + 1 day = Sun 25 Oct, skipped to Mon 26 Oct; Fri 25 Sep + 7 = Fri 2 Oct -> Mon 5 Oct.
    expect(plan({ contacted: utcMidnight('2026-10-24'), cadence: 1 }, '2026-10-26', { minGapDays: 1 }).due).toBe('2026-10-26');
    expect(plan({ contacted: '2026-09-25' }, '2026-10-05').due).toBe('2026-10-05');
    // 21 days from Sun 4 Oct across both October switches is not yet a reintroduction; 22 is.
    expect(plan({ contacted: '2026-10-04' }, '2026-10-25').reintroduce).toBe(false);
    expect(plan({ contacted: '2026-10-04' }, '2026-10-26').reintroduce).toBe(true);
  });

  it('puts a zoned datetime on the local day of that instant', () => {
    const iso = '2026-11-04T23:30:00Z';
    const local = new Date(iso);
    const p = plan({ contacted: iso }, '2026-11-06');
    expect(p.daysSinceLast).toBe(6 - local.getDate());
  });
});
