// Real notes from test/fixtures/frontmatter, handed over the three ways the adapters get them:
// the metadata cache (every date a string; the `yaml` core schema gives the same), the `yaml`
// package with timestamps, and gray-matter (js-yaml: bare dates become Dates at UTC midnight).
// The same note must read and plan the same in all three, in every time zone.
import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planFollowUp } from '../../src/core/rules';
import { readContact, type ReadResult } from '../../src/core/schema';
import type { Plan } from '../../src/core/types';
import { settings } from './builders';

const DIR = new URL('../fixtures/frontmatter/', import.meta.url);
const text = (file: string) => readFileSync(new URL(file, DIR), 'utf8');
const yamlPart = (note: string) => /^---\r?\n([\s\S]*?)\r?\n---/.exec(note)?.[1] ?? '';

const HANDOVERS = {
  'metadata cache (strings)': (note: string) => parse(yamlPart(note)) as Record<string, unknown>,
  'yaml with timestamps': (note: string) => parse(yamlPart(note), { customTags: ['timestamp'] }) as Record<string, unknown>,
  'gray-matter': (note: string) => matter(note).data,
};
type Handover = keyof typeof HANDOVERS;

const readAll = (file: string): Record<Handover, ReadResult> => {
  const note = text(file);
  const out = {} as Record<Handover, ReadResult>;
  for (const [name, handOver] of Object.entries(HANDOVERS) as Array<[Handover, (n: string) => Record<string, unknown>]>) {
    out[name] = readContact(`People/${file}`, handOver(note));
  }
  return out;
};

/** The one plan all three hand-overs agree on. */
const planEverywhere = (file: string, today: string): Plan => {
  const plans = Object.values(readAll(file)).map((r) => {
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return planFollowUp(r.contact, settings(), today);
  });
  expect(plans[1]).toEqual(plans[0]);
  expect(plans[2]).toEqual(plans[0]);
  return plans[0]!;
};

describe('fixtures read the same in every hand-over', () => {
  it('the fixtures really differ by hand-over: gray-matter gives Dates, the cache strings', () => {
    const note = text('jane-doe.md');
    expect(HANDOVERS['metadata cache (strings)'](note).snooze).toBe('2026-12-01');
    expect(HANDOVERS['yaml with timestamps'](note).snooze).toEqual(new Date('2026-12-01T00:00:00Z'));
    expect(HANDOVERS['gray-matter'](note).snooze).toEqual(new Date('2026-12-01T00:00:00Z'));
  });

  it.each(['jane-doe.md', 'bare-dates-dst.md', 'unsorted-mixed.md'])('%s gives one contact', (file) => {
    const all = readAll(file);
    expect(all['yaml with timestamps']).toEqual(all['metadata cache (strings)']);
    expect(all['gray-matter']).toEqual(all['metadata cache (strings)']);
    expect(all['gray-matter'].ok).toBe(true);
  });

  it('jane-doe.md: the docs/design.md example, snoozed to Tue 1 Dec', () => {
    expect(planEverywhere('jane-doe.md', '2026-11-16')).toEqual({
      state: 'scheduled',
      due: '2026-12-01',
      bucket: 'later',
      step: 2,
      kind: 'follow-up',
      slot: { date: '2026-12-01', part: 'midday' },
      daysSinceLast: 5,
      reintroduce: false,
      why: 'last message Wed 11 Nov + 1 week (follow-up 2 of 3); moved to Thu 19 Nov so it is not on a Wednesday again; snoozed until Tue 1 Dec',
      warnings: [],
    });
  });

  it('bare-dates-dst.md: Fri 6 Mar + 2 weeks across the US switch lands on Mon 23 Mar', () => {
    expect(planEverywhere('bare-dates-dst.md', '2026-03-09')).toMatchObject({
      due: '2026-03-23', bucket: 'later', step: 2, kind: 'follow-up', daysSinceLast: 3, slot: { date: '2026-03-23', part: 'morning' },
    });
  });

  it('unsorted-mixed.md: sorted, the 4th message asks to stop, Sun 25 Oct (EU switch) + 2 weeks -> Mon 9 Nov', () => {
    const all = readAll('unsorted-mixed.md');
    const c = all['gray-matter'].ok ? all['gray-matter'].contact : null;
    expect(c?.contacted.map((o) => o.raw)).toEqual(['2026-10-05', '2026-10-05 16:45', '2026-10-13T11:30', '2026-10-25']);
    expect([c?.state, c?.language, c?.interests, c?.snooze]).toEqual(['active', 'sv', ['pizza', 'chess'], '2026-11-07']);
    expect(planEverywhere('unsorted-mixed.md', '2026-11-05')).toMatchObject({
      due: '2026-11-09',
      bucket: 'week',
      step: 4,
      kind: 'ask-to-stop',
      daysSinceLast: 11,
      slot: { date: '2026-11-09', part: 'morning' },
      why: 'last message Sun 25 Oct + 2 weeks (follow-up 4: time to ask kindly whether to stop); moved to Mon 9 Nov to skip the weekend',
      warnings: ['Messages on Mon 5 Oct and Mon 5 Oct were 0 days apart, less than the minimum gap of 1 week.'],
    });
  });

  it('zoned.md: zoned datetimes are instants, seen on the local day and hour', () => {
    const last = new Date('2026-04-03T23:30:00Z');
    // Fri 3 Apr in UTC and Los Angeles, Sat 4 Apr in Auckland: both + 7 move on to Mon 13 Apr.
    const partOf = (d: Date) => (d.getHours() < 11 ? 'morning' : d.getHours() < 14 ? 'midday' : 'afternoon');
    const used = [partOf(new Date('2026-04-01T07:00:00Z')), partOf(last)];
    const free = ['morning', 'midday', 'afternoon'].find((p) => !used.includes(p as never));
    expect(planEverywhere('zoned.md', '2026-04-06')).toMatchObject({
      due: '2026-04-13',
      daysSinceLast: last.getDate() === 4 ? 2 : 3,
      slot: { date: '2026-04-13', part: free },
    });
  });
});

describe('problems.md', () => {
  it('lists each bad key with its value in every hand-over', () => {
    for (const [name, r] of Object.entries(readAll('problems.md'))) {
      const keys = r.ok ? [] : r.problems.map((p) => [p.key, p.value]);
      expect(keys, name).toEqual(
        expect.arrayContaining([['followup', 'maybe'], ['contacted', 'yesterday'], ['email', 'jane.example.com'], ['language', 'de'], ['snooze', 'soon'], ['cadence', '2 months']]),
      );
    }
    const cache = readAll('problems.md')['metadata cache (strings)'];
    expect(cache.ok ? [] : cache.problems.filter((p) => p.key === 'contacted').map((p) => p.value)).toEqual(['2026-02-30', 'yesterday']);
  });

  it('YAML timestamps roll 2026-02-30 over to 2 March before the core can see it (why the cache form is safer)', () => {
    expect(HANDOVERS['gray-matter'](text('problems.md')).contacted).toEqual([new Date('2026-03-02T00:00:00Z'), 'yesterday']);
  });
});
