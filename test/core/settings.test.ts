// migrateSettings: whatever was stored becomes valid settings; DEFAULT_SETTINGS never changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, migrateSettings, SETTINGS_VERSION, type Settings } from '../../src/core/settings';

const DEFAULTS: Settings = {
  settingsVersion: 1, contactsFolder: '', cadence: [7, 7, 14], minGapDays: 7, askAfter: 3, skipWeekends: true,
  varyWeekday: true, reintroduceAfterDays: 21, language: 'en', myName: '', templatesFolder: '',
  remindOnStart: false, remindAtSlot: false, slotTimes: { morning: '09:00', midday: '12:00', afternoon: '15:00' },
};
const CUSTOM: Settings = {
  settingsVersion: 1, contactsFolder: 'People', cadence: [3650, 1], minGapDays: 365, askAfter: 0, skipWeekends: false,
  varyWeekday: false, reintroduceAfterDays: 3650, language: 'sv', myName: 'Sam', templatesFolder: 'Templates/Follow-ups',
  remindOnStart: true, remindAtSlot: true, slotTimes: { morning: '07:30', midday: '00:00', afternoon: '23:59' },
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
    ['cadence', []], ['cadence', [0]], ['cadence', [7, '7']], ['cadence', [1.5]], ['cadence', [3651]], ['cadence', '1w'],
    ['minGapDays', 0], ['minGapDays', 366], ['minGapDays', '7'], ['minGapDays', Number.NaN],
    ['askAfter', -1], ['askAfter', 51], ['askAfter', 2.5],
    ['reintroduceAfterDays', 0], ['reintroduceAfterDays', 3651],
    ['skipWeekends', 'yes'], ['varyWeekday', 1], ['language', 'de'],
    ['contactsFolder', 5], ['myName', null], ['templatesFolder', {}],
    ['remindOnStart', 'true'], ['remindAtSlot', 1], ['slotTimes', null],
  ])('repairs %s: %j to its default and keeps the rest', (key, value) => {
    expect(migrateSettings({ ...CUSTOM, [key]: value })).toEqual({ ...CUSTOM, [key]: DEFAULTS[key as keyof Settings] });
  });

  it('reads slot times on the 24-hour clock, and repairs each bad one alone', () => {
    expect(migrateSettings({ slotTimes: { morning: '8:15', midday: '24:00', afternoon: '3pm' } }).slotTimes).toEqual({
      morning: '08:15', midday: '12:00', afternoon: '15:00',
    });
    expect(migrateSettings({ slotTimes: { morning: ' 10:05 ', midday: 12, afternoon: '16:60' } }).slotTimes).toEqual({
      morning: '10:05', midday: '12:00', afternoon: '15:00',
    });
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
