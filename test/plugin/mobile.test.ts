// Mobile has no status bar: the due count shows on the ribbon button and at the top of the view.
import type { PluginManifest } from 'obsidian';
import { Platform } from 'obsidian';
import { App, Plugin, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import PleasantlyPersistentPlugin from '../../src/main';
import { CHANGED_DEBOUNCE_MS } from '../../src/plugin/contact-index';
import type { FollowupsView } from '../../src/plugin/view/followups-view';
import { VIEW_TYPE } from '../../src/plugin/view/view-type';
import { fixtureFiles } from './support/fixture-vault';
import { trashNote } from './support/mock-app';

const MANIFEST: PluginManifest = { id: 'pleasantly-persistent', name: 'Pleasantly Persistent', version: '0.1.0', minAppVersion: '1.7.2', author: '', description: '' };

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date(2026, 10, 25, 9, 0));
});
afterEach(() => {
  Platform.isMobile = false;
  vi.useRealTimers();
});

async function loadOn(mobile: boolean) {
  Platform.isMobile = mobile;
  const mockApp = App.createConfigured__({ files: fixtureFiles() });
  mockApp.workspace.setLayoutReady__();
  const app = mockApp.asOriginalType__();
  const plugin = new PleasantlyPersistentPlugin(app, MANIFEST);
  const mock = Plugin.fromOriginalType2__(plugin);
  await plugin.onload();
  vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + 1);
  const view = mock.views__.get(VIEW_TYPE)?.(WorkspaceLeaf.create2__(mockApp).asOriginalType3__()) as unknown as FollowupsView;
  view.load();
  await view.onOpen();
  return { app, ribbon: mock.ribbonActions__[0], view };
}

describe('the due count on mobile', () => {
  it('shows on the ribbon button (badge and label) and at the top of the view, and stays current', async () => {
    const { app, ribbon, view } = await loadOn(true);
    const badge = ribbon?.querySelector('.pp-ribbon-badge');
    expect(badge?.textContent).toBe('3');
    expect(badge?.classList.contains('pp-is-hidden')).toBe(false);
    expect(ribbon?.getAttribute('aria-label')).toBe('Show follow-ups: 3 follow-ups due');
    const summary = view.contentEl.querySelector('.pp-due-summary');
    expect(summary?.textContent).toBe('3 follow-ups due');
    // It sits above the filter box, where the view's header is.
    expect(view.contentEl.firstElementChild).toBe(summary);

    await trashNote(app, 'Jobs/Jane Doe.md');
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + 1);
    expect(badge?.textContent).toBe('2');
    expect(summary?.textContent).toBe('2 follow-ups due');
    expect(ribbon?.getAttribute('aria-label')).toBe('Show follow-ups: 2 follow-ups due');
  });

  it('hides the badge and says so in the view when nothing is due', async () => {
    const { app, ribbon, view } = await loadOn(true);
    for (const path of ['Jobs/Jane Doe.md', 'Jobs/Erik Lindqvist.md', 'Sales/Maria Santos.md']) await trashNote(app, path);
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + 1);
    expect(ribbon?.querySelector('.pp-ribbon-badge')?.classList.contains('pp-is-hidden')).toBe(true);
    expect(ribbon?.getAttribute('aria-label')).toBe('Show follow-ups');
    expect(view.contentEl.querySelector('.pp-due-summary')?.textContent).toBe('Nothing due today');
  });

  it('on desktop the status bar has the count, and the ribbon and view stay as they were', async () => {
    const { ribbon, view } = await loadOn(false);
    expect(ribbon?.querySelector('.pp-ribbon-badge')).toBeNull();
    expect(view.contentEl.querySelector('.pp-due-summary')).toBeNull();
  });
});
