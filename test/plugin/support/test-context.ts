/**
 * A PluginContext over a mock app with the REAL ContactIndex, started on a loaded Component as
 * the plugin starts it once the layout is ready, so tests exercise the index users get.
 * The test drives the clock and reads the vault through the returned helpers.
 */
import type { App, TFile } from 'obsidian';
import { Component } from 'obsidian';
import { vi } from 'vitest';
import type { Mock } from 'vitest';
import { dateToDay } from '../../../src/core/calendar';
import { DEFAULT_SETTINGS, migrateSettings, type Settings } from '../../../src/core/settings';
import type { Day } from '../../../src/core/types';
import { ContactIndex } from '../../../src/plugin/contact-index';
import type { PluginContext } from '../../../src/plugin/context';
import { fileAt, makeApp } from './mock-app';

export interface TestContextOptions {
  /** Vault path -> note text; ignored when `app` is given. */
  files?: Record<string, string>;
  /** An app the test set up before the index starts (spies, a cache still resolving). */
  app?: App;
  settings?: Partial<Settings>;
  /** The clock; local time. Default Wed 25 Nov 2026 10:05. */
  now?: Date;
  /** Shorthand for `now` at noon of this day. */
  today?: Day;
  /** Files per chunk of the index's build (default: the index's own, by the clock). */
  chunkFiles?: number;
  /** With chunkFiles: at most this many agenda items merged per chunk. */
  mergeItems?: number;
}

/** What the plugin's parts get, with the concrete index and a spy for opening the view. */
export interface TestPluginContext extends PluginContext {
  index: ContactIndex;
  activateView: Mock<() => Promise<void>>;
}

/** Plain closures (no `this`), so tests may destructure them. */
export interface TestContext {
  ctx: TestPluginContext;
  app: App;
  /** Owns the index's event registrations, as the plugin does. */
  host: Component;
  /** Every settings object passed to saveSettings, in order. */
  saved: Settings[];
  /** Moves the clock. */
  setNow: (date: Date) => void;
  /** Moves the clock to noon of this day. */
  setToday: (day: Day) => void;
  file: (path: string) => TFile;
  /** The note's text as stored in the vault now. */
  read: (path: string) => Promise<string>;
}

export const DEFAULT_NOW = new Date(2026, 10, 25, 10, 5);

/** Noon, local: far from midnight in every time zone the tests run in. */
const noonOf = (day: Day): Date => new Date(`${day}T12:00:00`);

export function createTestContext(opts: TestContextOptions = {}): TestContext {
  const app = opts.app ?? makeApp(opts.files);
  let settings = migrateSettings({ ...DEFAULT_SETTINGS, ...opts.settings });
  let now = opts.now ?? (opts.today ? noonOf(opts.today) : DEFAULT_NOW);
  const saved: Settings[] = [];
  const index = new ContactIndex(app, () => settings, {
    today: () => dateToDay(now),
    ...(opts.chunkFiles === undefined ? {} : { chunkFiles: opts.chunkFiles }),
    ...(opts.mergeItems === undefined ? {} : { mergeItems: opts.mergeItems }),
  });
  const host = new Component();
  host.load();
  index.start(host);
  const ctx: TestPluginContext = {
    app,
    index,
    settings: () => settings,
    saveSettings: (next) => {
      saved.push(next);
      settings = next;
      index.settingsChanged();
      return Promise.resolve();
    },
    today: () => dateToDay(now),
    now: () => now,
    activateView: vi.fn(() => Promise.resolve()),
  };
  return {
    ctx,
    app,
    host,
    saved,
    setNow: (date) => {
      now = date;
    },
    setToday: (day) => {
      now = noonOf(day);
    },
    file: (path) => fileAt(app, path),
    read: (path) => app.vault.read(fileAt(app, path)),
  };
}
