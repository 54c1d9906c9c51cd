/**
 * The index is built in chunks at idle time: what the view, the status bar and the commands do
 * meanwhile, and that no note changed, added, renamed or deleted during the build is lost.
 */
import { Component } from 'obsidian';
import { describe, expect, it, vi } from 'vitest';
import { agendaToJson } from '../../src/core/agenda';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { withLearnedSlots } from '../../src/core/stats/learn-from-history';
import { CHANGED_DEBOUNCE_MS, ContactIndex } from '../../src/plugin/contact-index';
import type { IndexChange } from '../../src/plugin/context';
import { attachStatusBar } from '../../src/plugin/status-bar';
import { useFakeTimersPerTest } from './support/fake-timers';
import { fileAt, makeApp, trashNote, writeNote } from './support/mock-app';
import { createTestContext } from './support/test-context';
import { openView } from './support/view';
import { describeSidebar, generatedVault } from './view/sidebar-vault';

const TODAY = '2026-11-25';
const CHUNK = 10;

useFakeTimersPerTest();

const contactNote = (name: string, contacted = '2026-11-02 09:00'): string => `---\nfollowup: active\nname: ${name}\ncontacted: [${contacted}]\n---\n`;

function summary(index: ContactIndex): string[] {
  return [...index.all()].map((r) => (r.ok ? `${r.contact.path}: ${r.contact.name} ${r.contact.contacted.map((c) => c.raw).join(',')}` : `${r.problems[0]?.path ?? ''}: problem`)).sort();
}

/** The same vault built at once, for comparison. */
function builtAtOnce(files: Record<string, string>): string[] {
  return summary(createTestContext({ files, today: TODAY }).ctx.index);
}

describe('ContactIndex built in chunks', () => {
  it('reads one chunk in start(), the rest at idle time, with progress, then fires one change for everything', () => {
    const files = generatedVault(45, 2);
    const { index } = createTestContext({ files, today: TODAY, chunkFiles: CHUNK }).ctx;
    const total = Object.keys(files).length;
    expect(index.progress).toEqual({ done: CHUNK, total });
    const changes: IndexChange[] = [];
    const progress: number[] = [];
    index.on('changed', (c) => changes.push(c));
    index.on('progress', (p) => progress.push(p.done));
    vi.advanceTimersByTime(0);
    expect(index.progress).toEqual({ done: 2 * CHUNK, total });
    vi.advanceTimersByTime(10);
    expect(index.progress).toBeNull();
    expect(progress).toEqual([20, 30, 40]);
    expect(changes).toEqual([]); // debounced, as every change
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + 1);
    expect(changes).toEqual([{ type: 'all' }]);
    expect(summary(index)).toEqual(builtAtOnce(files));
  });

  it('loses no note edited, added, renamed or deleted while it builds', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`People/P${String(i).padStart(2, '0')}.md`] = contactNote(`P${i}`);
    const app = makeApp(files);
    const { index } = createTestContext({ app, today: TODAY, chunkFiles: CHUNK }).ctx;
    expect(index.progress?.done).toBe(CHUNK);
    // One the build has read, one it has not, both edited; one not reached deleted, one renamed; one new.
    await writeNote(app, 'People/P03.md', contactNote('P3 edited', '2026-11-20 10:00'));
    await writeNote(app, 'People/P30.md', contactNote('P30 edited', '2026-11-21 10:00'));
    await trashNote(app, 'People/P31.md');
    await app.vault.rename(fileAt(app, 'People/P32.md'), 'People/Renamed.md');
    await app.vault.create('People/New.md', contactNote('New'));
    await writeNote(app, 'People/P33.md', '---\nname: no longer a contact\n---\n');
    expect(index.progress).not.toBeNull();
    vi.advanceTimersByTime(100);
    expect(index.progress).toBeNull();
    const expected: Record<string, string> = { ...files, 'People/P03.md': contactNote('P3 edited', '2026-11-20 10:00'), 'People/P30.md': contactNote('P30 edited', '2026-11-21 10:00') };
    delete expected['People/P31.md'];
    delete expected['People/P33.md'];
    expected['People/Renamed.md'] = expected['People/P32.md'] as string;
    delete expected['People/P32.md'];
    expected['People/New.md'] = contactNote('New');
    expect(summary(index)).toEqual(builtAtOnce(expected));
    // Today's agenda, merged in a chunk at a time with the changes applied after: the same.
    const atOnce = createTestContext({ files: expected, today: TODAY }).ctx.index.agenda(TODAY);
    expect(agendaToJson(index.agenda(TODAY))).toEqual(agendaToJson(atOnce));
  });

  it('starts again when the settings change during the build, and plans with the new ones', () => {
    const files = generatedVault(45, 2);
    const t = createTestContext({ files, today: TODAY, chunkFiles: CHUNK });
    vi.advanceTimersByTime(0);
    void t.ctx.saveSettings({ ...t.ctx.settings(), askAfter: 2, minGapDays: 14 });
    expect(t.ctx.index.progress?.done).toBe(CHUNK);
    vi.advanceTimersByTime(100);
    const atOnce = createTestContext({ files, today: TODAY, settings: { askAfter: 2, minGapDays: 14 } }).ctx.index.agenda(TODAY);
    expect(agendaToJson(t.ctx.index.agenda(TODAY))).toEqual(agendaToJson(atOnce));
  });

  it('merges today\'s agenda a few items per chunk after the last file is read, and keeps indexing until it is whole', () => {
    const files = generatedVault(45, 2);
    const { index } = createTestContext({ files, today: TODAY, chunkFiles: CHUNK, mergeItems: 2 }).ctx;
    const total = Object.keys(files).length;
    const progress: number[] = [];
    index.on('progress', (p) => progress.push(p.done));
    for (let i = 0; i < 200 && index.progress !== null; i++) vi.advanceTimersByTime(1);
    expect(index.progress).toBeNull();
    // Reading took 5 chunks; merging every contact two at a time took many more, all at the end's count.
    expect(progress.slice(0, 4)).toEqual([20, 30, 40, total]);
    expect(progress.length).toBeGreaterThan(10);
    expect(new Set(progress.slice(3))).toEqual(new Set([total]));
    const full = createTestContext({ files, today: TODAY }).ctx.index.agenda(TODAY);
    expect(agendaToJson(index.agenda(TODAY))).toEqual(agendaToJson(full));
  });

  it('answers get() for a note not reached yet, and the build does not read it again', () => {
    const files = generatedVault(45, 0);
    const app = makeApp(files);
    const { index } = createTestContext({ app, today: TODAY, chunkFiles: CHUNK }).ctx;
    const last = Object.keys(files).filter((p) => p.startsWith('People/')).sort().at(-1) as string;
    const getFileCache = vi.spyOn(app.metadataCache, 'getFileCache');
    expect(index.get(last)?.ok).toBe(true);
    expect(index.get('Notes/Plain.md')).toBeUndefined();
    expect(index.progress).not.toBeNull(); // get() does not finish the build
    vi.advanceTimersByTime(100);
    expect(getFileCache.mock.calls.filter(([f]) => f.path === last)).toHaveLength(1);
    expect(summary(index)).toEqual(builtAtOnce(files));
  });

  it('finishes the build at once when the agenda or every note is asked for', () => {
    const files = generatedVault(45, 2);
    const { index } = createTestContext({ files, today: TODAY, chunkFiles: CHUNK }).ctx;
    const full = createTestContext({ files, today: TODAY }).ctx.index.agenda(TODAY);
    expect(index.agenda(TODAY)).toEqual(full);
    expect(index.progress).toBeNull();
  });

  it('does not finish the build for learning from history with the opt-in off (a setting saved meanwhile)', () => {
    const { index } = createTestContext({ files: generatedVault(45, 0), today: TODAY, chunkFiles: CHUNK }).ctx;
    withLearnedSlots(DEFAULT_SETTINGS, index.all());
    expect(index.progress).not.toBeNull();
    withLearnedSlots({ ...DEFAULT_SETTINGS, suggestFromHistory: true }, index.all());
    expect(index.progress).toBeNull();
  });

  it('stops building when stopped', () => {
    const app = makeApp(generatedVault(45, 0));
    const index = new ContactIndex(app, () => DEFAULT_SETTINGS, { chunkFiles: CHUNK });
    const host = new Component();
    host.load();
    index.start(host);
    index.stop();
    const getFileCache = vi.spyOn(app.metadataCache, 'getFileCache');
    vi.advanceTimersByTime(1000);
    expect(getFileCache).not.toHaveBeenCalled();
  });

  it('has the sidebar say it is indexing, then show what a sidebar over a built index shows', { timeout: 30_000 }, async () => {
    const files = generatedVault(120, 2);
    const { el } = await openView(makeApp(files), TODAY, CHUNK);
    const total = Object.keys(files).length;
    expect(describeSidebar(el)).toEqual([`[pp-indexing] Indexing notes… ${CHUNK} of ${total}`]);
    vi.advanceTimersByTime(0);
    expect(describeSidebar(el)).toEqual([`[pp-indexing] Indexing notes… ${2 * CHUNK} of ${total}`]);
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + 1000);
    const atOnce = await openView(makeApp(files), TODAY);
    vi.advanceTimersByTime(1000);
    expect(describeSidebar(el)).toEqual(describeSidebar(atOnce.el));
    expect(el.querySelector('.pp-indexing')).toBeNull();
  });

  it('keeps the status bar empty while indexing, then counts', () => {
    const files = generatedVault(45, 0);
    const t = createTestContext({ files, today: TODAY, chunkFiles: CHUNK });
    const el = createDiv();
    attachStatusBar(el, t.host, t.ctx);
    expect(t.ctx.index.progress).not.toBeNull(); // the status bar did not finish the build
    expect(el.hasClass('pp-is-hidden')).toBe(true);
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + 100);
    expect(el.textContent).toMatch(/^\d+ follow-ups? due$/);
    expect(el.hasClass('pp-is-hidden')).toBe(false);
  });
});
