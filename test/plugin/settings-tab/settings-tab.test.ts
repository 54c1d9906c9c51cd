import { Plugin } from 'obsidian-test-mocks/obsidian';
import { App } from 'obsidian-test-mocks/obsidian';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, migrateSettings, type Settings } from '../../../src/core/settings';
import { FollowupsSettingTab } from '../../../src/plugin/settings-tab';
import { NUMBER_BOUNDS, type NumberKey } from '../../../src/plugin/settings-tab/save-setting';
import { captureSettingControls, type SettingControls } from '../support/setting-controls';
import { createTestContext, type TestContext } from '../support/test-context';

class TestPlugin extends Plugin {}

let controls: SettingControls;
let t: TestContext;
let tab: FollowupsSettingTab;

function show(settings: Partial<Settings> = {}): void {
  t = createTestContext({ settings });
  const mockApp = App.fromOriginalType__(t.app);
  const plugin = new TestPlugin(mockApp, { id: 'pp', name: 'PP', version: '0', minAppVersion: '1.5.0', author: '', description: '' });
  tab = new FollowupsSettingTab(t.app, plugin.asOriginalType2__(), t.ctx);
  tab.display();
}

beforeEach(() => {
  controls = captureSettingControls();
  show();
});
afterEach(() => vi.restoreAllMocks());

const last = (): Settings => {
  const s = t.saved[t.saved.length - 1];
  if (!s) throw new Error('nothing saved');
  return s;
};

describe('FollowupsSettingTab', () => {
  it('has a heading per section', () => {
    const headings = [...tab.containerEl.querySelectorAll('.setting-item-heading')].map((h) => h.textContent);
    expect(headings).toEqual(['Schedule', 'Drafts', 'Reminders', 'Notes']);
  });

  it('shows the current values', () => {
    show({ cadence: [10, 14], minGapDays: 9, myName: 'Ann', language: 'sv', skipWeekends: false, contactsFolder: 'People' });
    expect(controls.text('Default cadence').getValue()).toBe('10d, 2w');
    expect(controls.text('Minimum gap (days)').getValue()).toBe('9');
    expect(controls.text('Your name').getValue()).toBe('Ann');
    expect(controls.text('Contacts folder').getValue()).toBe('People');
    expect(controls.dropdown('Draft language').getValue()).toBe('sv');
    expect(controls.toggle('Skip weekends').getValue()).toBe(false);
    expect(t.saved).toEqual([]);
  });

  it('saves a valid cadence at once as days, and shows why an invalid one is not saved', () => {
    controls.text('Default cadence').setValue('weekly then biweekly');
    expect(last().cadence).toEqual([7, 14]);
    expect(controls.error('Default cadence')).toBe('');
    controls.text('Default cadence').setValue('soon');
    expect(t.saved).toHaveLength(1);
    expect(controls.error('Default cadence')).toMatch(/^"soon" is not a gap; expected /);
    controls.text('Default cadence').setValue('3w');
    expect(last().cadence).toEqual([21]);
    expect(controls.error('Default cadence')).toBe('');
  });

  it.each([
    ['Minimum gap (days)', 'minGapDays'],
    ['Ask whether to stop after', 'askAfter'],
    ['Reintroduce after (days)', 'reintroduceAfterDays'],
  ] as const)('%s accepts whole numbers within the bounds only', (name, key) => {
    const { min, max } = NUMBER_BOUNDS[key];
    for (const bad of [String(min - 1), String(max + 1), '2.5', 'ten', '']) {
      controls.text(name).setValue(bad);
      expect(controls.error(name)).toBe(`Enter a whole number from ${min} to ${max}.`);
    }
    expect(t.saved).toEqual([]);
    controls.text(name).setValue(String(max));
    expect(last()[key]).toBe(max);
    controls.text(name).setValue(` ${min} `);
    expect(last()[key]).toBe(min);
    expect(controls.error(name)).toBe('');
  });

  it('uses the bounds migrateSettings enforces', () => {
    for (const key of Object.keys(NUMBER_BOUNDS) as NumberKey[]) {
      const { min, max } = NUMBER_BOUNDS[key];
      expect(migrateSettings({ [key]: min })[key]).toBe(min);
      expect(migrateSettings({ [key]: max })[key]).toBe(max);
      expect(migrateSettings({ [key]: min - 1 })[key]).toBe(DEFAULT_SETTINGS[key]);
      expect(migrateSettings({ [key]: max + 1 })[key]).toBe(DEFAULT_SETTINGS[key]);
    }
  });

  it('saves toggles, the language, the name and folders, keeping every other setting', () => {
    controls.toggle('Skip weekends').setValue(false);
    controls.toggle('Vary the weekday').setValue(false);
    expect(controls.toggle('Suggest from your history').getValue()).toBe(false);
    controls.toggle('Suggest from your history').setValue(true);
    controls.dropdown('Draft language').setValue('sv');
    controls.text('Your name').setValue('  Ann Andersson ');
    controls.text('Contacts folder').setValue(' People//Work/ ');
    controls.text('Templates folder').setValue('');
    expect(last()).toEqual({
      ...DEFAULT_SETTINGS,
      skipWeekends: false,
      varyWeekday: false,
      suggestFromHistory: true,
      language: 'sv',
      myName: 'Ann Andersson',
      contactsFolder: 'People/Work',
      templatesFolder: '',
    });
  });

  it('saves the reminder switches, and a slot time only when it is a time', () => {
    expect(controls.toggle('Remind me when Obsidian starts').getValue()).toBe(false);
    expect(controls.toggle('Notify at the suggested time').getValue()).toBe(false);
    controls.toggle('Remind me when Obsidian starts').setValue(true);
    controls.toggle('Notify at the suggested time').setValue(true);
    controls.text('Afternoon slot').setValue('14:30');
    expect(last()).toMatchObject({ remindOnStart: true, remindAtSlot: true, slotTimes: { morning: '09:00', midday: '12:00', afternoon: '14:30' } });
    const count = t.saved.length;
    controls.text('Morning slot').setValue('9 am');
    expect(t.saved).toHaveLength(count);
    expect(tab.containerEl.textContent).toContain('Write a time like 09:00; "9 am" was not saved.');
    controls.text('Morning slot').setValue('8:45');
    expect(last().slotTimes.morning).toBe('08:45');
  });

  // Issue 12.8: the vault is the boundary; a folder outside it is refused, not saved as "whole vault".
  it.each(['Contacts folder', 'Templates folder'])('%s refuses a folder outside the vault and says why', (name) => {
    for (const bad of ['../x', 'People/../../x', '..']) {
      controls.text(name).setValue(bad);
      expect(controls.error(name), bad).toBe('Enter a folder inside the vault, like People/Contacts (no "..").');
    }
    expect(t.saved).toEqual([]);
    controls.text(name).setValue('People');
    expect(controls.error(name)).toBe('');
    expect(t.saved).toHaveLength(1);
  });

  it('hands saveSettings migrated values only', () => {
    controls.text('Default cadence').setValue('1w, 2w');
    controls.text('Minimum gap (days)').setValue('5');
    for (const s of t.saved) expect(s).toEqual(migrateSettings(s));
    expect(last()).toEqual({ ...DEFAULT_SETTINGS, cadence: [7, 14], minGapDays: 5 });
  });

  describe('settings changed on another device while the tab is open', () => {
    const synced = async (patch: Partial<Settings>): Promise<void> => {
      await t.ctx.saveSettings(migrateSettings({ ...t.ctx.settings(), ...patch }));
      tab.settingsChangedElsewhere();
    };

    it('shows the new values at once', async () => {
      await synced({ myName: 'Bo', minGapDays: 10 });
      expect(controls.text('Your name').getValue()).toBe('Bo');
      expect(controls.text('Minimum gap (days)').getValue()).toBe('10');
    });

    it('waits until the user leaves the field they are typing in, then shows them', async () => {
      document.body.appendChild(tab.containerEl);
      const typing = controls.text('Your name');
      typing.inputEl.focus();
      await synced({ minGapDays: 10 });
      expect(controls.text('Your name')).toBe(typing); // not redrawn under the cursor
      expect(controls.text('Minimum gap (days)').getValue()).toBe('7');
      // Moving to another field of the tab is still typing here.
      controls.text('Minimum gap (days)').inputEl.focus();
      expect(controls.text('Your name')).toBe(typing);
      controls.text('Minimum gap (days)').inputEl.blur();
      expect(controls.text('Minimum gap (days)').getValue()).toBe('10');
      tab.containerEl.remove();
    });

    it('does nothing while the tab is closed, and shows the stored values when it opens', async () => {
      tab.hide();
      const before = controls.text('Your name');
      await synced({ myName: 'Bo' });
      expect(controls.text('Your name')).toBe(before);
      tab.display();
      expect(controls.text('Your name').getValue()).toBe('Bo');
    });
  });
});
