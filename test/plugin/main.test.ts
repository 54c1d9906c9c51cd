import type { PluginManifest, WorkspaceLeaf as WorkspaceLeafOriginal } from 'obsidian';
import { App, Plugin, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import PleasantlyPersistentPlugin from '../../src/main';
import { CHANGED_DEBOUNCE_MS } from '../../src/plugin/contact-index';
import type { PluginContext } from '../../src/plugin/context';
import { activateView } from '../../src/plugin/view/activate-view';
import { VIEW_TYPE } from '../../src/plugin/view/view-type';
import { STATS_VIEW_TYPE } from '../../src/plugin/stats-view/stats-view';
import { fixtureFiles } from './support/fixture-vault';
import { trashNote } from './support/mock-app';
import { captureSettingControls } from './support/setting-controls';

const MANIFEST: PluginManifest = { id: 'pleasantly-persistent', name: 'Pleasantly Persistent', version: '0.1.0', minAppVersion: '1.7.2', author: '', description: '' };

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date(2026, 10, 25, 9, 0));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function loadPlugin(layoutReady: boolean, data: unknown = {}) {
  const mockApp = App.createConfigured__({ files: fixtureFiles() });
  if (layoutReady) mockApp.workspace.setLayoutReady__();
  const app = mockApp.asOriginalType__();
  const plugin = new PleasantlyPersistentPlugin(app, MANIFEST);
  const mock = Plugin.fromOriginalType2__(plugin);
  mock.data__ = data;
  await plugin.onload();
  vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + 1);
  return { plugin, mock, mockApp, app };
}

describe('plugin lifecycle', () => {
  it('registers the view, ribbon, agenda block, status bar, commands and settings tab', async () => {
    const { mock } = await loadPlugin(true);
    expect([...mock.views__.keys()]).toEqual([VIEW_TYPE, STATS_VIEW_TYPE]);
    expect([...mock.markdownCodeBlockProcessors__.keys()]).toEqual(['followups']);
    expect(mock.ribbonActions__).toHaveLength(1);
    expect(mock.statusBarItems__).toHaveLength(1);
    expect(mock.settingTabs__).toHaveLength(1);
    expect(mock.commands__.size).toBeGreaterThan(0);
    for (const command of mock.commands__.values()) expect(command.hotkeys ?? []).toEqual([]);
  });

  it('indexes only once the layout is ready, then keeps the status bar current', async () => {
    const { mock, mockApp, app } = await loadPlugin(false);
    const status = mock.statusBarItems__[0];
    expect(status?.textContent).toBe('0 follow-ups due');
    expect(status?.classList.contains('pp-is-hidden')).toBe(true);
    mockApp.workspace.setLayoutReady__();
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + 1);
    expect(status?.textContent).toBe('3 follow-ups due');
    await trashNote(app, 'Jobs/Jane Doe.md');
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + 1);
    expect(status?.textContent).toBe('2 follow-ups due');
  });

  it('loads settings through migrateSettings and saves them so the index re-filters', async () => {
    const { plugin, mock, mockApp } = await loadPlugin(true, { contactsFolder: 'Sales', askAfter: 'lots' });
    const status = mock.statusBarItems__[0];
    expect(status?.textContent).toBe('1 follow-up due'); // Maria, the only one due in Sales
    // The context as the parts get it, taken from the view the plugin builds.
    const view = mock.views__.get(VIEW_TYPE)?.(WorkspaceLeaf.create2__(mockApp).asOriginalType3__());
    const { ctx } = view as unknown as { ctx: PluginContext };
    expect(ctx.settings().askAfter).toBe(3);
    await ctx.saveSettings({ ...ctx.settings(), contactsFolder: '' });
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + 1);
    expect(status?.textContent).toBe('3 follow-ups due');
    expect(await plugin.loadData()).toMatchObject({ contactsFolder: '', askAfter: 3 });
  });

  it('applies settings synced from another device at once: reloaded, migrated, re-planned, redrawn', async () => {
    const { plugin, mock, mockApp } = await loadPlugin(true);
    const status = mock.statusBarItems__[0];
    const view = mock.views__.get(VIEW_TYPE)?.(WorkspaceLeaf.create2__(mockApp).asOriginalType3__());
    const { ctx } = view as unknown as { ctx: PluginContext };
    expect(status?.textContent).toBe('3 follow-ups due');
    // What sync leaves on disk: an older shape with one bad value.
    mock.data__ = { contactsFolder: 'Sales', minGapDays: 'soon', language: 'sv' };
    await plugin.onExternalSettingsChange();
    expect(ctx.settings()).toMatchObject({ contactsFolder: 'Sales', minGapDays: 7, language: 'sv', settingsVersion: 1 });
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + 1);
    expect(status?.textContent).toBe('1 follow-up due'); // Maria, the only one due in Sales
    // Same folder, new cadence: the plans are made again, not read from the cache.
    mock.data__ = { contactsFolder: 'Sales', cadence: [30] };
    await plugin.onExternalSettingsChange();
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + 1);
    expect(status?.textContent).toBe('0 follow-ups due');
  });

  it('redraws an open settings tab with the synced values', async () => {
    const controls = captureSettingControls();
    const { plugin, mock } = await loadPlugin(true);
    const tab = mock.settingTabs__[0];
    if (!tab) throw new Error('no settings tab');
    tab.display();
    expect(controls.text('Your name').getValue()).toBe('');
    mock.data__ = { myName: 'Bo' };
    await plugin.onExternalSettingsChange();
    expect(controls.text('Your name').getValue()).toBe('Bo');
  });
});

describe('activateView', () => {
  it('opens the view in the right sidebar once, then reveals the same leaf', async () => {
    const mockApp = App.createConfigured__();
    const app = mockApp.asOriginalType__();
    const ensure = vi.spyOn(app.workspace, 'ensureSideLeaf');
    const reveal = vi.spyOn(app.workspace, 'revealLeaf');
    await activateView(app);
    expect(ensure).toHaveBeenCalledWith(VIEW_TYPE, 'right', { active: true });
    const leaf: WorkspaceLeafOriginal | undefined = await (ensure.mock.results[0]?.value as Promise<WorkspaceLeafOriginal> | undefined);
    expect(reveal).toHaveBeenLastCalledWith(leaf);
    await leaf?.setViewState({ type: VIEW_TYPE });
    await activateView(app);
    expect(ensure).toHaveBeenCalledTimes(1);
    expect(reveal).toHaveBeenCalledTimes(2);
    expect(reveal).toHaveBeenLastCalledWith(leaf);
  });
});
