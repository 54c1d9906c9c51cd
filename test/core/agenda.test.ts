// docs/design.md "agenda --json": items by due date then name, undated last; problems by path.
import { describe, expect, it } from 'vitest';
import { agendaToJson, buildAgenda, filterAgenda, groupOf } from '../../src/core/agenda';
import { readContact } from '../../src/core/schema';
import { settings } from './builders';

// Thu 5 Nov 2026. Wed 28 Oct + 7 = Wed 4 Nov -> Thu 5 Nov (today); Wed 14 Oct -> Thu 22 Oct (overdue);
// Wed 4 Nov -> Thu 12 Nov (this week).
const TODAY = '2026-11-05';
const notes: Array<[string, Record<string, unknown>]> = [
  ['z/Broken.md', { followup: 'maybe' }],
  ['People/Bo.md', { followup: 'active', contacted: '2026-11-04 15:00' }],
  ['b/ann.md', { followup: 'active', contacted: '2026-10-28' }],
  ['a/Ann.md', { followup: true, contacted: '2026-10-28' }],
  ['People/Cy.md', { followup: 'active' }],
  ['People/Abe.md', { followup: 'stopped', contacted: '2026-10-01' }],
  ['People/Dee.md', { followup: 'active', contacted: ['2026-10-14'], language: 'de' }],
  ['People/Dee2.md', { followup: 'active', name: 'Dee', contacted: ['2026-10-14'] }],
];
const agenda = buildAgenda(notes.map(([path, fm]) => readContact(path, fm)), settings(), TODAY);

describe('buildAgenda', () => {
  it('orders by due date, then name ignoring case, then path; undated last', () => {
    expect(agenda.items.map((i) => [i.contact.path, i.plan.due, i.plan.bucket])).toEqual([
      ['People/Dee2.md', '2026-10-22', 'overdue'],
      ['a/Ann.md', '2026-11-05', 'today'],
      ['b/ann.md', '2026-11-05', 'today'],
      ['People/Bo.md', '2026-11-12', 'week'],
      ['People/Abe.md', null, null],
      ['People/Cy.md', null, null],
    ]);
  });

  it('lists the notes it could not read, by path', () => {
    expect(agenda.problems.map((p) => [p.path, p.key])).toEqual([
      ['People/Dee.md', 'language'],
      ['z/Broken.md', 'followup'],
    ]);
    expect(buildAgenda([], settings(), TODAY)).toEqual({ today: TODAY, items: [], problems: [] });
  });

  it("keeps the order of one note's problems, and of the same note read twice", () => {
    const twice = readContact('People/Bo.md', { followup: 'active', contacted: '2026-11-04' });
    const bad = readContact('m/Bad.md', { followup: 'active', email: 'x', language: 'de', snooze: 'soon' });
    const a = buildAgenda([readContact('a/A.md', { followup: 0 }), readContact('z/Z.md', { followup: 1 }), bad, twice, twice], settings(), TODAY);
    expect(a.problems.map((p) => [p.path, p.key])).toEqual([
      ['a/A.md', 'followup'], ['m/Bad.md', 'email'], ['m/Bad.md', 'snooze'], ['m/Bad.md', 'language'], ['z/Z.md', 'followup'],
    ]);
    expect(a.items.map((i) => i.contact.path)).toEqual(['People/Bo.md', 'People/Bo.md']);
  });
});

describe('agendaToJson', () => {
  it('has exactly the fields of docs/design.md and survives JSON', () => {
    const json = agendaToJson(agenda);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json.today).toBe(TODAY);
    expect(json.schemaVersion).toBe(1);
    expect(json.items[3]).toEqual({
      path: 'People/Bo.md',
      name: 'Bo',
      context: 'generic',
      topic: null,
      email: null,
      snooze: null,
      state: 'scheduled',
      due: '2026-11-12',
      bucket: 'week',
      step: 1,
      kind: 'follow-up',
      slot: { date: '2026-11-12', part: 'morning' },
      daysSinceLast: 1,
      reintroduce: false,
      why: 'last message Wed 4 Nov + 1 week (follow-up 1 of 3); moved to Thu 12 Nov so it is not on a Wednesday again',
      warnings: [],
    });
    expect(json.items[5]).toMatchObject({ path: 'People/Cy.md', state: 'not-contacted', due: null, slot: null });
    expect(json.problems).toEqual([
      { path: 'People/Dee.md', key: 'language', message: '`language` should be en or sv; found "de"' },
      { path: 'z/Broken.md', key: 'followup', message: '`followup` should be active, paused, replied or stopped (or true for active); found "maybe"' },
    ]);
  });
});

describe('filterAgenda', () => {
  it('keeps the bucket and the context asked for, and every problem', () => {
    const today = filterAgenda(agenda, { bucket: 'today' });
    expect(today.items.map((i) => i.contact.path)).toEqual(['a/Ann.md', 'b/ann.md']);
    expect(today.problems).toEqual(agenda.problems);
    expect(filterAgenda(agenda, { context: 'GENERIC' }).items).toHaveLength(agenda.items.length);
    expect(filterAgenda(agenda, { context: 'sales' }).items).toEqual([]);
    expect(filterAgenda(agenda, { context: 'generic', bucket: 'overdue' }).items.map((i) => i.contact.path)).toEqual(['People/Dee2.md']);
  });
});

describe('groupOf', () => {
  it('puts due items in their bucket, never-contacted apart, and paused/replied/stopped together', () => {
    const groups = Object.fromEntries(agenda.items.map((i) => [i.contact.path, groupOf(i)]));
    expect(groups).toEqual({
      'People/Dee2.md': 'overdue',
      'a/Ann.md': 'today',
      'b/ann.md': 'today',
      'People/Bo.md': 'week',
      'People/Cy.md': 'not-contacted',
      'People/Abe.md': 'closed',
    });
  });
});
