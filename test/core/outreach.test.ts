// One `contacted` item in each form docs/design.md "Values" accepts, as text and as YAML libraries hand
// it over (a bare date as a Date at UTC midnight), in whatever zone the suite runs.
import { describe, expect, it } from 'vitest';
import { compareOutreach, formatOutreach, parseOutreach } from '../../src/core/outreach';

const pad = (n: number) => String(n).padStart(2, '0');
/** The local day and time of an instant: only for zoned values, whose local day depends on the zone. */
const local = (iso: string) => {
  const d = new Date(iso);
  return { day: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
};

describe('parseOutreach', () => {
  it('reads local dates and wall times as written, in every zone', () => {
    expect(parseOutreach('2026-11-04')).toEqual({ day: '2026-11-04', time: null, raw: '2026-11-04' });
    expect(parseOutreach('2026-11-04 09:10')).toEqual({ day: '2026-11-04', time: '09:10', raw: '2026-11-04 09:10' });
    expect(parseOutreach('2026-11-04T23:59')).toEqual({ day: '2026-11-04', time: '23:59', raw: '2026-11-04T23:59' });
    expect(parseOutreach('2026-11-04T00:30:15.250')).toEqual({ day: '2026-11-04', time: '00:30', raw: '2026-11-04T00:30:15.250' });
    expect(parseOutreach('  2026-11-04 09:10 ')?.time).toBe('09:10');
  });

  it('reads a Date at UTC midnight as that calendar day, with no time', () => {
    expect(parseOutreach(new Date(Date.UTC(2026, 10, 4)))).toEqual({ day: '2026-11-04', time: null, raw: '2026-11-04' });
    expect(parseOutreach(new Date(Date.UTC(2026, 2, 8)))?.day).toBe('2026-03-08');
  });

  it('reads zoned datetimes, as text or Date, as the local day and time of that instant', () => {
    for (const iso of ['2026-11-04T23:30:00Z', '2026-11-04T09:10:00+02:00', '2026-11-04T09:10-08:00', '2026-11-04T20:00:00.5+1300', '2026-03-08T10:30Z']) {
      const normalised = iso.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
      expect(parseOutreach(iso)).toEqual({ ...local(normalised), raw: iso });
      expect(parseOutreach(new Date(normalised))).toMatchObject(local(normalised));
    }
  });

  it('puts 23:30 UTC on 4 Nov on the local day of the zone', () => {
    // Only this case depends on the zone: 4 Nov in UTC and Los Angeles, 5 Nov in Auckland.
    const expected = new Date('2026-11-04T23:30:00Z').getDate() === 5 ? '2026-11-05' : '2026-11-04';
    expect(parseOutreach('2026-11-04T23:30:00Z')?.day).toBe(expected);
  });

  it.each([
    '2026-02-30', '2026-13-01', '0000-01-01', '2026-11-04 25:00', '2026-11-04 12:60', '2026-11-04T10:00:61',
    '2026-02-30T10:00Z', '2026-11-04T24:00Z', '2026-11-04T10:00+25:00', '2026-11-04T10:00 +02:00',
    'yesterday', '4 Nov 2026', '2026/11/04', '20261104', '2026-11-4', '', '2026-11-04 9:10',
  ])('rejects %j', (text) => {
    expect(parseOutreach(text)).toBeNull();
  });

  it('rejects what is not a text or a Date, and invalid Dates', () => {
    for (const value of [20261104, null, undefined, true, { a: 1 }, ['2026-11-04'], new Date(Number.NaN)]) {
      expect(parseOutreach(value)).toBeNull();
    }
  });

  it('rejects Dates outside the years 1-9999, which no note can write', () => {
    expect(parseOutreach(new Date('+010000-01-01T00:00:00Z'))).toBeNull();
    expect(parseOutreach(new Date('+010000-06-01T12:00:00Z'))).toBeNull();
    expect(parseOutreach(new Date('-000001-06-01T00:00:00Z'))).toBeNull();
  });
});

describe('compareOutreach and formatOutreach', () => {
  it('orders by day, then time, a timeless item first', () => {
    const items = ['2026-11-11 14:30', '2026-11-04 09:10', '2026-11-11', '2026-11-11 09:00'].map((t) => parseOutreach(t)!);
    expect(items.sort(compareOutreach).map((o) => o.raw)).toEqual(['2026-11-04 09:10', '2026-11-11', '2026-11-11 09:00', '2026-11-11 14:30']);
    expect(compareOutreach(parseOutreach('2026-11-04 09:10')!, parseOutreach('2026-11-04T09:10')!)).toBe(0);
  });

  it('writes the local wall time as Obsidian\'s "Date & time" form, which parses back to the same day and time', () => {
    const at = { day: '2026-03-08', time: '09:05' };
    expect(formatOutreach(at)).toBe('2026-03-08T09:05');
    expect(parseOutreach(formatOutreach(at))).toEqual({ day: '2026-03-08', time: '09:05', raw: '2026-03-08T09:05' });
  });
});
