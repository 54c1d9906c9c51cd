// docs/design.md "A contact note" and "Values": every key, every accepted spelling, and a problem naming
// path, key and value for each malformed one. Values are plain objects as the metadata cache (dates
// as text) or a YAML library (bare dates as Dates at UTC midnight) hands them over.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planFollowUp } from '../../src/core/rules';
import { isContactFrontmatter, noteName, readContact, showValue, type ReadResult } from '../../src/core/schema';
import type { Contact } from '../../src/core/types';
import { settings } from './builders';

const PATH = 'People/Jane Doe.md';
const read = (fm: Record<string, unknown>): ReadResult => readContact(PATH, { followup: 'active', ...fm });
const ok = (fm: Record<string, unknown>): Contact => {
  const r = read(fm);
  if (!r.ok) throw new Error(`expected a contact, got ${JSON.stringify(r.problems)}`);
  return r.contact;
};
const utcMidnight = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('which notes are contacts', () => {
  it('is a note with a followup key', () => {
    expect([{ followup: false }, { followup: null }, {}, null, [], 'followup', []].map(isContactFrontmatter)).toEqual([
      true, true, false, false, false, false, false,
    ]);
  });

  it('names a contact after its file', () => {
    expect(['People/Jane Doe.md', 'Jane.MD', 'a/b/c.d.md', 'plain'].map(noteName)).toEqual(['Jane Doe', 'Jane', 'c.d', 'plain']);
  });
});

describe('readContact accepts', () => {
  it('the example note of docs/design.md', () => {
    expect(
      ok({
        name: 'Jane Doe',
        email: 'jane@example.com',
        context: 'job',
        topic: 'the product designer role',
        contacted: ['2026-11-04 09:10', '2026-11-11 14:30'],
        cadence: '1w, 1w, 2w',
        interests: ['pizza', 'trail running'],
        snooze: '2026-12-01',
        language: 'en',
      }),
    ).toEqual({
      path: PATH,
      name: 'Jane Doe',
      state: 'active',
      email: 'jane@example.com',
      context: 'job',
      topic: 'the product designer role',
      contacted: [
        { day: '2026-11-04', time: '09:10', raw: '2026-11-04 09:10' },
        { day: '2026-11-11', time: '14:30', raw: '2026-11-11 14:30' },
      ],
      cadence: [7, 7, 14],
      interests: ['pizza', 'trail running'],
      hooks: [],
      snooze: '2026-12-01',
      language: 'en',
    });
  });

  it('followup: true, active in any case and spacing, paused, replied, stopped', () => {
    const states = [true, 'active', 'ACTIVE', ' paused ', 'Replied', 'stopped'].map((followup) => ok({ followup }).state);
    expect(states).toEqual(['active', 'active', 'active', 'paused', 'replied', 'stopped']);
  });

  it('defaults: name from the file, context generic, everything else empty', () => {
    expect(readContact('Leads/Acme Corp.md', { followup: true })).toEqual({
      ok: true,
      contact: {
        path: 'Leads/Acme Corp.md', name: 'Acme Corp', state: 'active', email: null, context: 'generic', topic: null,
        contacted: [], cadence: null, interests: [], hooks: [], snooze: null, language: null,
      },
    });
    expect(ok({ name: '  ', context: '', topic: null, cadence: '', snooze: '', language: null }).name).toBe('Jane Doe');
  });

  it('a single contacted value, a list, Dates at UTC midnight, ISO datetimes', () => {
    expect(ok({ contacted: '2026-11-04' }).contacted).toEqual([{ day: '2026-11-04', time: null, raw: '2026-11-04' }]);
    expect(ok({ contacted: utcMidnight(2026, 11, 4) }).contacted).toEqual([{ day: '2026-11-04', time: null, raw: '2026-11-04' }]);
    expect(ok({ contacted: [utcMidnight(2026, 11, 4), '2026-11-11T14:30'] }).contacted.map((o) => [o.day, o.time])).toEqual([
      ['2026-11-04', null],
      ['2026-11-11', '14:30'],
    ]);
    for (const iso of ['2026-11-04T12:00:00Z', '2026-11-04T12:00+01:00', '2026-11-04T12:00:00-05:00']) {
      const at = new Date(iso);
      const [o] = ok({ contacted: iso }).contacted;
      expect(o?.time).toBe(`${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`);
    }
  });

  it('sorts contacted, skipping empty items', () => {
    const c = ok({ contacted: ['2026-11-11 14:30', null, utcMidnight(2026, 11, 4), '', '2026-11-11 09:00', '2026-10-28'] });
    expect(c.contacted.map((o) => o.raw)).toEqual(['2026-10-28', '2026-11-04', '2026-11-11 09:00', '2026-11-11 14:30']);
    expect(ok({ contacted: [] }).contacted).toEqual([]);
    expect(ok({ contacted: null }).contacted).toEqual([]);
  });

  it('interests as a list or comma text; hooks as a list or one text, never split', () => {
    expect(ok({ interests: 'pizza, trail running ,, ' }).interests).toEqual(['pizza', 'trail running']);
    expect(ok({ interests: ['pizza', 42, null, ' chess '] }).interests).toEqual(['pizza', '42', 'chess']);
    expect(ok({ interests: ['a, b'] }).interests).toEqual(['a, b']);
    expect(ok({ hooks: 'Loved your talk, especially the pizza part.' }).hooks).toEqual(['Loved your talk, especially the pizza part.']);
    expect(ok({ hooks: ['One, two.', 'Three.'] }).hooks).toEqual(['One, two.', 'Three.']);
  });

  it('snooze as text, Date or datetime; language in any case; context lower case; numbers as text', () => {
    expect(ok({ snooze: '2026-12-01' }).snooze).toBe('2026-12-01');
    expect(ok({ snooze: utcMidnight(2026, 12, 1) }).snooze).toBe('2026-12-01');
    expect(ok({ snooze: '2026-12-01 08:00' }).snooze).toBe('2026-12-01');
    expect([ok({ language: 'SV' }).language, ok({ language: ' en ' }).language]).toEqual(['sv', 'en']);
    expect(ok({ context: ' Sales ' }).context).toBe('sales');
    expect(ok({ topic: 2026, name: 'Jane' }).topic).toBe('2026');
    expect(ok({ email: ' jane@example.com ' }).email).toBe('jane@example.com');
  });

  it('cadence in every form parseCadence takes', () => {
    expect(ok({ cadence: 'weekly then biweekly' }).cadence).toEqual([7, 14]);
    expect(ok({ cadence: ['1w', '2w'] }).cadence).toEqual([7, 14]);
    expect(ok({ cadence: 10 }).cadence).toEqual([10]);
  });
});

describe('readContact reports', () => {
  it.each([
    ['followup', false, '`followup` should be active, paused, replied or stopped'],
    ['followup', 42, '`followup` should be active'],
    ['followup', 'maybe', '`followup` should be active'],
    ['followup', [], '`followup` should be active'],
    ['followup', null, '`followup` should be active'],
    ['contacted', '2026-02-30', '`contacted` items should be dates'],
    ['contacted', '2026-11-04 25:00', '`contacted` items should be dates'],
    ['contacted', 'yesterday', '`contacted` items should be dates'],
    ['contacted', { a: 1 }, '`contacted` items should be dates'],
    ['contacted', 20261104, '`contacted` items should be dates'],
    ['email', 'jane.example.com', '`email` should be an address'],
    ['email', 'jane @example.com', '`email` should be an address'],
    ['language', 'de', '`language` should be en or sv'],
    ['language', 1, '`language` should be en or sv'],
    ['snooze', 'soon', '`snooze` should be a date'],
    ['snooze', '2026-02-30', '`snooze` should be a date'],
    ['interests', { x: 1 }, '`interests` should be a list of texts'],
    ['hooks', [['nested']], '`hooks` should be a list of texts'],
    ['name', { first: 'Jane' }, '`name` should be a text'],
    ['cadence', '2 months', '"2 months" is not a gap; expected'],
  ])('%s: %j', (key, value, expected) => {
    const r = read({ [key]: value });
    const problems = r.ok ? [] : r.problems;
    expect(problems.map((p) => [p.path, p.key, p.value])).toEqual([[PATH, key, value]]);
    expect(problems[0]?.message).toContain(expected);
    expect(problems[0]?.message).toContain(`found ${showValue(value)}`);
  });

  it('names the bad item of a contacted list, and every problem of a note at once', () => {
    const r = read({ followup: 'maybe', contacted: ['2026-11-04', '2026-11-31'], language: 'de' });
    expect(r.ok ? [] : r.problems.map((p) => [p.key, p.value])).toEqual([
      ['followup', 'maybe'],
      ['contacted', '2026-11-31'],
      ['language', 'de'],
    ]);
  });

  it('shows values briefly and readably', () => {
    expect(showValue('maybe')).toBe('"maybe"');
    expect(showValue(utcMidnight(2026, 2, 1))).toBe('2026-02-01T00:00:00.000Z');
    expect(showValue(new Date(Number.NaN))).toBe('an invalid date');
    expect(showValue(undefined)).toBe('nothing');
    expect(showValue({ a: 1 })).toBe('{"a":1}');
    expect(showValue(10n)).toBe('10');
    expect(showValue(Symbol('x'))).toBe('Symbol(x)');
    expect(showValue('x'.repeat(100))).toBe(`"${'x'.repeat(76)}...`);
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(showValue(circular)).toBe('[object Object]');
    expect(showValue(Object.assign(Object.create(null) as object, { n: 1n }))).toBe('[object Object]');
    expect(showValue(() => 1)).toBe('[object Function]');
  });
});

describe('readContact never throws', () => {
  const keys = ['followup', 'name', 'email', 'context', 'topic', 'contacted', 'cadence', 'interests', 'hooks', 'snooze', 'language'];
  const anything = fc.anything({
    withDate: true, withBigInt: true, withNullPrototype: true, withMap: true, withSet: true, withBoxedValues: true,
    withTypedArray: true, withSparseArray: true, withObjectString: true,
  });

  it('for any JSON-like or YAML-library value under any key, and plans whatever it accepts', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), anything), fc.boolean(), (fm, contact) => {
        const r = readContact('x.md', contact ? { followup: 'active', ...fm } : fm);
        if (r.ok) expect(() => planFollowUp(r.contact, settings(), '2026-11-05')).not.toThrow();
        else for (const p of r.problems) expect(keys).toContain(p.key);
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it('for any Date, including those far outside the years people write', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: false }), (date) => {
        const r = read({ contacted: date, snooze: date });
        if (r.ok) expect(() => planFollowUp(r.contact, settings(), '2026-11-05')).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});
