// migrateSettings: whatever was stored becomes valid settings; DEFAULT_SETTINGS never changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, folderProblem, migrateSettings, readSettings, SETTINGS_VERSION, type Settings } from '../../src/core/settings';

const DEFAULTS: Settings = {
  settingsVersion: 1, contactsFolder: '', cadence: [7, 7, 14], minGapDays: 7, askAfter: 3, checkInDays: 30, skipWeekends: true,
  varyWeekday: true, reintroduceAfterDays: 21, language: 'en', myName: '', templatesFolder: '',
  remindOnStart: false, remindAtSlot: false, slotTimes: { morning: '09:00', midday: '12:00', afternoon: '15:00' }, suggestFromHistory: false,
};
const CUSTOM: Settings = {
  settingsVersion: 1, contactsFolder: 'People', cadence: [3650, 1], minGapDays: 365, askAfter: 0, checkInDays: 3650, skipWeekends: false,
  varyWeekday: false, reintroduceAfterDays: 3650, language: 'sv', myName: 'Sam', templatesFolder: 'Templates/Follow-ups',
  remindOnStart: true, remindAtSlot: true, slotTimes: { morning: '07:30', midday: '00:00', afternoon: '23:59' }, suggestFromHistory: true,
};

describe('migrateSettings', () => {
  it('gives the docs/design.md defaults for nothing stored', () => {
    expect(SETTINGS_VERSION).toBe(1);
    for (const raw of [undefined, null, 'settings', 42, [], {}]) expect(migrateSettings(raw)).toEqual(DEFAULTS);
  });

  it('keeps every valid field, at the edges of its range', () => {
    expect(migrateSettings(CUSTOM)).toEqual(CUSTOM);
    expect(migrateSettings({ ...CUSTOM, minGapDays: 1, askAfter: 50, reintroduceAfterDays: 1, settingsVersion: 0 })).toEqual({
      ...CUSTOM, minGapDays: 1, askAfter: 50, reintroduceAfterDays: 1,
    });
  });

  it.each([
    ['cadence', []], ['cadence', [0]], ['cadence', [7, 'x']], ['cadence', [1.5]], ['cadence', [3651]], ['cadence', 'soon'],
    ['minGapDays', 0], ['minGapDays', 366], ['minGapDays', '7'], ['minGapDays', Number.NaN],
    ['askAfter', -1], ['askAfter', 51], ['askAfter', 2.5],
    ['checkInDays', 0], ['checkInDays', 3651], ['checkInDays', '30'],
    ['reintroduceAfterDays', 0], ['reintroduceAfterDays', 3651],
    ['skipWeekends', 'yes'], ['varyWeekday', 1], ['language', 'de'],
    ['contactsFolder', 5], ['myName', null], ['templatesFolder', {}], ['contactsFolder', '../x'], ['templatesFolder', 'a/../../b'],
    ['remindOnStart', 'true'], ['remindAtSlot', 1], ['slotTimes', null],
  ])('repairs %s: %j to its default and keeps the rest', (key, value) => {
    expect(migrateSettings({ ...CUSTOM, [key]: value })).toEqual({ ...CUSTOM, [key]: DEFAULTS[key as keyof Settings] });
  });

  it('reads slot times on the 24-hour clock, and repairs each bad one alone, saying which', () => {
    expect(migrateSettings({ slotTimes: { morning: '8:15', midday: '24:00', afternoon: '3pm' } }).slotTimes).toEqual({
      morning: '08:15', midday: '12:00', afternoon: '15:00',
    });
    const read = readSettings({ slotTimes: { morning: ' 10:05 ', midday: 12, afternoon: '16:60' } });
    expect(read.settings.slotTimes).toEqual({ morning: '10:05', midday: '12:00', afternoon: '15:00' });
    expect(read.problems.map((p) => p.key)).toEqual(['slotTimes.midday', 'slotTimes.afternoon']);
    expect(read.problems[1]?.message).toBe('`slotTimes.afternoon` should be a time like 09:00; found "16:60" (the default 15:00 is used)');
    expect(readSettings({ slotTimes: 'noon' }).problems.map((p) => p.key)).toEqual(['slotTimes']);
  });

  it('never mutates DEFAULT_SETTINGS, and never shares its cadence', () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    const migrated = migrateSettings(undefined);
    migrated.cadence.push(30);
    migrated.minGapDays = 1;
    expect(migrateSettings({ cadence: [1] }).cadence).toEqual([1]);
    expect(DEFAULT_SETTINGS).toEqual(DEFAULTS);
    expect(migrateSettings(null).cadence).toEqual([7, 7, 14]);
  });

  it('always returns valid settings, for anything stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ cadence: fc.array(fc.integer()), minGapDays: fc.integer(), askAfter: fc.integer() }, { requiredKeys: [] })), (raw) => {
        const s = migrateSettings(raw);
        expect(s.cadence.length).toBeGreaterThan(0);
        expect(s.cadence.every((g) => Number.isInteger(g) && g >= 1 && g <= 3650)).toBe(true);
        expect(s.minGapDays >= 1 && s.minGapDays <= 365 && s.askAfter >= 0 && s.askAfter <= 50).toBe(true);
        expect(DEFAULT_SETTINGS).toEqual(DEFAULTS);
      }),
    );
  });
});

// Issue 12.10 and 12.8: a setting that cannot be used is reported (key, value, what was expected),
// not silently replaced; a folder setting must stay inside the vault.
describe('readSettings', () => {
  const keysOf = (raw: unknown): string[] => readSettings(raw).problems.map((p) => p.key);

  it('reports nothing for valid settings, or for nothing stored', () => {
    for (const raw of [undefined, null, {}, CUSTOM, DEFAULTS]) expect(readSettings(raw).problems).toEqual([]);
  });

  it('reports each value it cannot use, with the key, the value and what was expected', () => {
    const { settings, problems } = readSettings({ ...CUSTOM, askAfter: 'two', minGapDays: 0, language: 'de', skipWeekends: 'yes' });
    expect(problems.map((p) => [p.key, p.value])).toEqual([
      ['minGapDays', 0],
      ['askAfter', 'two'],
      ['skipWeekends', 'yes'],
      ['language', 'de'],
    ]);
    expect(problems[1]?.message).toBe('`askAfter` should be a whole number from 0 to 50; found "two" (the default 3 is used)');
    expect(settings).toEqual({ ...CUSTOM, askAfter: 3, minGapDays: 7, language: 'en', skipWeekends: true });
  });

  it('takes a cadence as the notes write it, and names what it cannot read', () => {
    expect(readSettings({ cadence: '2w, 2w' })).toEqual({ settings: { ...DEFAULTS, cadence: [14, 14] }, problems: [] });
    expect(readSettings({ cadence: ['1w', 10] }).settings.cadence).toEqual([7, 10]);
    const bad = readSettings({ cadence: '2w, soon' });
    expect(bad.settings.cadence).toEqual([7, 7, 14]);
    expect(bad.problems[0]?.message).toMatch(/^"soon" is not a gap; expected .*; found "2w, soon" \(the default 1w, 1w, 2w is used\)$/);
  });

  it('names a misspelt key and suggests the setting that was meant', () => {
    const { problems } = readSettings({ askAftr: 2, Cadence: [7], colour: 'red' });
    expect(problems.map((p) => p.key)).toEqual(['askAftr', 'Cadence', 'colour']);
    expect(problems[0]?.message).toMatch(/^`askAftr` is not a setting \(did you mean `askAfter`\?\); expected one of /);
    expect(problems[1]?.message).toContain('did you mean `cadence`?');
    expect(problems[2]?.message).not.toContain('did you mean');
  });

  it('reads the history opt-in, off by default, and never takes what was learned from storage', () => {
    expect(readSettings({}).settings.suggestFromHistory).toBe(false);
    expect(readSettings({ suggestFromHistory: true }).settings.suggestFromHistory).toBe(true);
    const bad = readSettings({ suggestFromHistory: 'yes' });
    expect(bad.problems[0]?.message).toBe('`suggestFromHistory` should be true or false; found "yes" (the default false is used)');
    // Settings handed back to be saved may carry the derived table: dropped without a problem.
    const stored = readSettings({ suggestFromHistory: true, learnedSlots: { kind: 'too-little', replies: 3 } });
    expect(stored.problems).toEqual([]);
    expect(stored.settings).toEqual({ ...DEFAULTS, suggestFromHistory: true });
    expect('learnedSlots' in stored.settings).toBe(false);
  });

  it('says so when the stored settings are not a map at all', () => {
    expect(keysOf([1, 2])).toEqual(['settings']);
    expect(keysOf('settings')).toEqual(['settings']);
  });

  it('refuses folder settings that lead outside the vault, and keeps the default', () => {
    for (const folder of ['../x', '..', 'People/../../x', '..\\x', 'C:\\Users\\x', 'C:/x', 'a\u0000b']) {
      expect(folderProblem(folder), folder).not.toBeNull();
      const { settings, problems } = readSettings({ contactsFolder: folder, templatesFolder: folder });
      expect(problems.map((p) => p.key), folder).toEqual(['contactsFolder', 'templatesFolder']);
      expect(problems[0]?.message, folder).toMatch(/^`contactsFolder` should be a folder inside the vault/);
      expect([settings.contactsFolder, settings.templatesFolder]).toEqual(['', '']);
    }
    for (const folder of ['', 'People', '/People/', 'a/b c/d', '..hidden', 'x..y', 'Jobs/...']) expect(folderProblem(folder), folder).toBeNull();
  });
});
