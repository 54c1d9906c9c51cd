// The history opt-in through the real plugin (main.ts): the sidebar and a draft appended from the
// same plugin agree on the leaned slot, and a reply logged in another note re-plans everyone.
import type { PluginManifest } from 'obsidian';
import { App, Plugin, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import PleasantlyPersistentPlugin from '../../src/main';
import { appendDraft } from '../../src/plugin/actions';
import { CHANGED_DEBOUNCE_MS } from '../../src/plugin/contact-index';
import type { PluginContext } from '../../src/plugin/context';
import type { FollowupsView } from '../../src/plugin/view/followups-view';
import { VIEW_TYPE } from '../../src/plugin/view/view-type';
import { fileAt, writeNote } from './support/mock-app';
import { rowOf } from './support/view';

const MANIFEST: PluginManifest = { id: 'pleasantly-persistent', name: 'Pleasantly Persistent', version: '0.1.0', minAppVersion: '1.7.2', author: '', description: '' };

const note = (state: string, contacted: string, extra = ''): string => `---\nfollowup: ${state}\ncontext: sales\ncontacted:\n  - ${contacted}\n${extra}---\n`;
/** 19 afternoon messages that got replies, 40 morning ones that did not: one reply short of learning. */
function history(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < 19; i++) files[`People/Replied ${i}.md`] = note('replied', '2026-10-05 15:00', 'replied: 2026-10-06\n');
  for (let i = 0; i < 40; i++) files[`People/Quiet ${i}.md`] = note('paused', '2026-10-05 09:00');
  // Last message Monday 16 Nov at midday: due Tue 24 Nov, overdue today (Wed 25 Nov), so today.
  files['People/Lead.md'] = '---\nfollowup: active\nname: Lena Lead\ncontext: sales\ncontacted:\n  - 2026-11-16 12:00\n---\n';
  return files;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date(2026, 10, 25, 9, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

async function openPlugin(data: unknown) {
  const mockApp = App.createConfigured__({ files: history() });
  mockApp.workspace.setLayoutReady__();
  const app = mockApp.asOriginalType__();
  const plugin = new PleasantlyPersistentPlugin(app, MANIFEST);
  Plugin.fromOriginalType2__(plugin).data__ = data;
  await plugin.onload();
  const mock = Plugin.fromOriginalType2__(plugin);
  const view = mock.views__.get(VIEW_TYPE)?.(WorkspaceLeaf.create2__(mockApp).asOriginalType3__()) as unknown as FollowupsView;
  view.load();
  await view.onOpen();
  const settle = (): void => {
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + 1);
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + 1);
  };
  settle();
  const { ctx } = view as unknown as { ctx: PluginContext };
  const slot = (): string | null | undefined => rowOf(view.contentEl, 'Lena Lead').querySelector('.pp-row-slot')?.textContent;
  return { app, plugin, ctx, view, slot, settle };
}

describe('suggestions from your own history in the plugin', () => {
  it('keeps the rules\' slot until there are enough replies, then leans everywhere at once', async () => {
    const { app, ctx, view, slot, settle } = await openPlugin({ suggestFromHistory: true });
    expect(ctx.settings().learnedSlots).toEqual({ kind: 'too-little', replies: 19 });
    expect(slot()).toBe('Wed morning');

    // The 20th reply, logged in another note: what was learned changes, so every plan is made again.
    await writeNote(app, 'People/Quiet 0.md', note('replied', '2026-10-05 09:00', 'replied: 2026-10-07\n'));
    settle();
    expect(ctx.settings().learnedSlots?.kind).toBe('learned');
    expect(slot()).toBe('Wed afternoon');
    expect(rowOf(view.contentEl, 'Lena Lead').querySelector('.pp-row-why')?.textContent).toContain(
      'afternoon rather than morning: afternoons got 40x the reply rate of mornings for your sales contacts (19 of 19 vs 1 of 40)',
    );

    expect(await appendDraft(ctx, fileAt(app, 'People/Lead.md'), { open: false })).toBe(true);
    const text = await app.vault.read(fileAt(app, 'People/Lead.md'));
    expect(text).toContain('### Draft — follow-up 1 — 2026-11-25 (Wed afternoon)\n');
  });

  it('with the opt-in off, learns nothing and keeps the rules\' slot', async () => {
    const { app, ctx, slot, settle } = await openPlugin({});
    await writeNote(app, 'People/Quiet 0.md', note('replied', '2026-10-05 09:00', 'replied: 2026-10-07\n'));
    settle();
    expect(ctx.settings().learnedSlots).toBeUndefined();
    expect(slot()).toBe('Wed morning');
  });

  it('learns at once when the opt-in is turned on, and never saves what it learned', async () => {
    const { app, ctx, slot, settle, plugin } = await openPlugin({});
    await writeNote(app, 'People/Quiet 0.md', note('replied', '2026-10-05 09:00', 'replied: 2026-10-07\n'));
    settle();
    await ctx.saveSettings({ ...ctx.settings(), suggestFromHistory: true });
    settle();
    expect(slot()).toBe('Wed afternoon');
    const saved = (await plugin.loadData()) as Record<string, unknown>;
    expect(saved.suggestFromHistory).toBe(true);
    expect('learnedSlots' in saved).toBe(false);
  });
});
