/**
 * The harness page's script: the plugin's real sidebar view and agenda block over the in-memory
 * app of obsidian-test-mocks, loaded with the example vault, at a fixed clock (2026-11-25 10:05).
 * Bundled by harness/build-bundle.ts with `obsidian` aliased to the mocks.
 */
import './install-mocks';
import { Component, MarkdownRenderChild } from 'obsidian';
import type { App as AppOriginal } from 'obsidian';
import { App, Notice, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import { dateToDay } from '../../../src/core/calendar';
import { DEFAULT_SETTINGS, migrateSettings } from '../../../src/core/settings';
import { AgendaBlock } from '../../../src/plugin/agenda-block/agenda-block';
import { ContactIndex } from '../../../src/plugin/contact-index';
import type { PluginContext } from '../../../src/plugin/context';
import { StatsView } from '../../../src/plugin/stats-view/stats-view';
import { FollowupsView } from '../../../src/plugin/view/followups-view';
import { pluginRowActions } from '../../../src/plugin/view/plugin-row-actions';
import { makeApp as makeMockApp, setDailyNotes } from '../../plugin/support/mock-app';
import type { PpApi } from '../harness/pp-api';
import { registerIcons } from './icons';

/** Inlined at bundle time: vault path -> note text. */
declare const __PP_VAULT__: Record<string, string>;
/** Inlined at bundle time: a generated reply history, for `?view=stats`. */
declare const __PP_HISTORY__: Record<string, string>;
/** Inlined at bundle time: the daily note whose `followups` block the page renders. */
declare const __PP_DAILY_NOTE__: string;

/** Local time, so the logged "2026-11-25 10:05" does not depend on the browser's time zone. */
const NOW = new Date(2026, 10, 25, 10, 5);

/** The plugin tests' mock app, with the Daily notes settings so the block knows its note's day. */
function makeApp(files: Record<string, string>): AppOriginal {
  const app = makeMockApp(files);
  setDailyNotes(app, { folder: 'Daily' });
  return app;
}

/** Records notices (the mock draws none) and the notes the "open" buttons asked for. */
function recordFeedback(app: AppOriginal): { notices: string[]; opened: string[] } {
  const notices: string[] = [];
  const opened: string[] = [];
  Notice.prototype.constructor__ = function record(message: DocumentFragment | string): void {
    notices.push(typeof message === 'string' ? message : (message.textContent ?? ''));
  };
  app.workspace.openLinkText = (linktext: string): Promise<void> => {
    opened.push(linktext);
    return Promise.resolve();
  };
  return { notices, opened };
}

function mountView(app: AppOriginal, ctx: PluginContext, host: HTMLElement): FollowupsView {
  const leaf = WorkspaceLeaf.create2__(App.fromOriginalType__(app)).asOriginalType3__();
  const view = new FollowupsView(leaf, ctx, pluginRowActions(ctx));
  // Obsidian's classes for a view in the sidebar, so the base stylesheet styles it alike.
  view.containerEl.addClass('workspace-leaf-content');
  view.contentEl.addClass('view-content');
  host.appendChild(view.containerEl);
  view.load();
  void view.onOpen();
  return view;
}

/** The daily note as reading view shows it: its heading, then the rendered `followups` block. */
function mountDailyNote(app: AppOriginal, ctx: PluginContext, host: HTMLElement, owner: Component): void {
  const text = __PP_VAULT__[__PP_DAILY_NOTE__] ?? '';
  const heading = /^# (.+)$/m.exec(text)?.[1] ?? __PP_DAILY_NOTE__;
  const source = /^```followups\r?\n([\s\S]*?)^```/m.exec(text)?.[1] ?? '';
  host.createEl('h1', { text: heading });
  const blockEl = host.createDiv({ cls: 'block-language-followups' });
  const child: MarkdownRenderChild = new AgendaBlock(blockEl, source, __PP_DAILY_NOTE__, ctx);
  owner.addChild(child);
}

/** `?view=stats`: the stats view over the generated history, in the sidebar's place. */
function mountStats(app: AppOriginal, ctx: PluginContext, host: HTMLElement): void {
  const leaf = WorkspaceLeaf.create2__(App.fromOriginalType__(app)).asOriginalType3__();
  const view = new StatsView(leaf, ctx);
  view.containerEl.addClass('workspace-leaf-content');
  view.contentEl.addClass('view-content');
  host.appendChild(view.containerEl);
  view.load();
  void view.onOpen();
}

function start(): void {
  registerIcons();
  const stats = new URLSearchParams(window.location.search).get('view') === 'stats';
  const app = makeApp(stats ? __PP_HISTORY__ : __PP_VAULT__);
  const feedback = recordFeedback(app);
  let settings = migrateSettings(DEFAULT_SETTINGS);
  const index = new ContactIndex(app, () => settings);
  const ctx: PluginContext = {
    app,
    index,
    settings: () => settings,
    saveSettings: (next) => {
      settings = migrateSettings(next);
      index.settingsChanged();
      return Promise.resolve();
    },
    today: () => dateToDay(NOW),
    now: () => new Date(NOW),
    activateView: () => Promise.resolve(),
  };
  const plugin = new Component();
  plugin.load();
  index.start(plugin);

  const sidebar = document.getElementById('sidebar');
  const note = document.getElementById('note');
  if (!sidebar || !note) throw new Error('harness page lacks #sidebar or #note');
  if (stats) mountStats(app, ctx, sidebar);
  else {
    mountView(app, ctx, sidebar);
    mountDailyNote(app, ctx, note, plugin);
  }

  const fileAt = (path: string) => app.vault.getFileByPath(path);
  const api: PpApi = {
    readNote: (path) => {
      const file = fileAt(path);
      return file ? app.vault.read(file) : Promise.reject(new Error(`no note at ${path}`));
    },
    modifyNote: async (path, text) => {
      const file = fileAt(path);
      if (file) await app.vault.modify(file, text);
      else await app.vault.create(path, text);
    },
    frontmatter: (path) => app.metadataCache.getCache(path)?.frontmatter ?? null,
    paths: () => app.vault.getMarkdownFiles().map((f) => f.path),
    setTheme: (theme) => {
      document.body.toggleClass('theme-light', theme === 'light');
      document.body.toggleClass('theme-dark', theme === 'dark');
    },
    notices: () => [...feedback.notices],
    opened: () => [...feedback.opened],
  };
  window.__pp = api;
}

start();
