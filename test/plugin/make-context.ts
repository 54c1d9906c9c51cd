/** A PluginContext over a mock app with a real, started ContactIndex and a fixed today. */
import type { App } from 'obsidian';
import { Component } from 'obsidian';
import { vi } from 'vitest';
import type { Mock } from 'vitest';
import { DEFAULT_SETTINGS, migrateSettings } from '../../src/core/settings';
import type { Settings } from '../../src/core/settings';
import type { Day } from '../../src/core/types';
import { ContactIndex } from '../../src/plugin/contact-index';
import type { PluginContext } from '../../src/plugin/context';

export interface TestContext extends PluginContext {
  index: ContactIndex;
  host: Component;
  setToday(day: Day): void;
  activateView: Mock<() => Promise<void>>;
}

export function makeContext(app: App, today: Day, settings: Partial<Settings> = {}): TestContext {
  let current = migrateSettings({ ...DEFAULT_SETTINGS, ...settings });
  let day = today;
  const index = new ContactIndex(app, () => current);
  const host = new Component();
  host.load();
  index.start(host);
  return {
    app,
    index,
    host,
    settings: () => current,
    saveSettings: (next) => {
      current = next;
      index.settingsChanged();
      return Promise.resolve();
    },
    today: () => day,
    now: () => new Date(`${day}T12:00:00`),
    activateView: vi.fn(() => Promise.resolve()),
    setToday: (d) => {
      day = d;
    },
  };
}
