/**
 * A PluginContext over the in-memory app of obsidian-test-mocks, with a tiny real index: each
 * note's frontmatter as the metadata cache parsed it, read by the core's `readContact`.
 */
import type { App as AppOriginal, TFile } from 'obsidian';
import { App, Events } from 'obsidian-test-mocks/obsidian';
import { buildAgenda } from '../../../src/core/agenda';
import { dateToDay } from '../../../src/core/calendar';
import { isContactFrontmatter, readContact, type ReadResult } from '../../../src/core/schema';
import { DEFAULT_SETTINGS, migrateSettings, type Settings } from '../../../src/core/settings';
import type { ContactIndexPort, PluginContext } from '../../../src/plugin/context';

export interface TestContextOptions {
  /** Vault path -> note text. */
  files?: Record<string, string>;
  settings?: Partial<Settings>;
  /** The clock; local time. Default Wed 25 Nov 2026 10:05. */
  now?: Date;
  /** Replace any part of the context (e.g. a spy for activateView). */
  overrides?: Partial<PluginContext>;
}

export interface TestContext {
  ctx: PluginContext;
  app: AppOriginal;
  /** Every settings object passed to saveSettings, in order. */
  saved: Settings[];
  /** Moves the clock. */
  setNow(date: Date): void;
  file(path: string): TFile;
  /** The note's text as stored in the vault now. */
  read(path: string): Promise<string>;
}

export const DEFAULT_NOW = new Date(2026, 10, 25, 10, 5);

export function createIndex(app: AppOriginal, settings: () => Settings = () => DEFAULT_SETTINGS): ContactIndexPort {
  const events = new Events().asOriginalType__();
  const get = (path: string): ReadResult | undefined => {
    const fm = app.metadataCache.getCache(path)?.frontmatter;
    return isContactFrontmatter(fm) ? readContact(path, fm) : undefined;
  };
  const all = (): ReadResult[] =>
    app.vault
      .getMarkdownFiles()
      .map((f) => get(f.path))
      .filter((r): r is ReadResult => r !== undefined);
  return {
    on: events.on.bind(events),
    offref: events.offref.bind(events),
    get,
    all,
    agenda: (today) => buildAgenda(all(), settings(), today),
  };
}

export function createTestContext(opts: TestContextOptions = {}): TestContext {
  const app = App.createConfigured__({ files: opts.files ?? {} }).asOriginalType__();
  let settings = migrateSettings({ ...DEFAULT_SETTINGS, ...opts.settings });
  let now = opts.now ?? DEFAULT_NOW;
  const saved: Settings[] = [];
  const ctx: PluginContext = {
    app,
    index: createIndex(app, () => settings),
    settings: () => settings,
    saveSettings: (next) => {
      saved.push(next);
      settings = next;
      return Promise.resolve();
    },
    today: () => dateToDay(now),
    now: () => now,
    activateView: () => Promise.resolve(),
    ...opts.overrides,
  };
  return {
    ctx,
    app,
    saved,
    setNow: (date) => {
      now = date;
    },
    file: (path) => {
      const f = app.vault.getFileByPath(path);
      if (!f) throw new Error(`no file ${path}`);
      return f;
    },
    read: (path) => {
      const f = app.vault.getFileByPath(path);
      return f ? app.vault.read(f) : Promise.reject(new Error(`no file ${path}`));
    },
  };
}
