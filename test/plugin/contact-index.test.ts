import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { CHANGED_DEBOUNCE_MS, ContactIndex } from '../../src/plugin/contact-index';
import { fixtureFiles } from './support/fixture-vault';
import { fileAt, makeApp, trashNote, writeNote } from './support/mock-app';
import { createTestContext } from './support/test-context';
import { useFakeTimersPerTest } from './support/fake-timers';

const TODAY = '2026-11-25';
const JANE = 'Jobs/Jane Doe.md';
const contactNote = (name: string, extra = ''): string => `---\nfollowup: active\nname: ${name}\ncontacted: [2026-11-16 09:00]\n${extra}---\nBody\n`;

function paths(index: ContactIndex): string[] {
  return [...index.all()].map((r) => (r.ok ? r.contact.path : (r.problems[0]?.path ?? ''))).sort();
}

useFakeTimersPerTest();

describe('ContactIndex', () => {
  it('builds from the metadata cache: every note with `followup`, problems included, no other notes', () => {
    const { index } = createTestContext({ files: fixtureFiles(), today: TODAY }).ctx;
    expect(paths(index)).toHaveLength(11);
    expect(index.get('Daily/2026-11-25.md')).toBeUndefined();
    const jane = index.get(JANE);
    expect(jane?.ok && jane.contact.contacted.map((o) => o.raw)).toEqual(['2026-11-04 09:10', '2026-11-11 14:30']);
    const oskar = index.get('Jobs/Oskar Holm.md');
    expect(oskar?.ok).toBe(false);
  });

  it('reads nothing until started (the plugin starts it once the layout is ready)', () => {
    const app = makeApp({ [JANE]: contactNote('Jane') });
    const getFileCache = vi.spyOn(app.metadataCache, 'getFileCache');
    const index = new ContactIndex(app, () => DEFAULT_SETTINGS);
    expect([...index.all()]).toHaveLength(0);
    expect(getFileCache).not.toHaveBeenCalled();
  });

  it('updates one note on a frontmatter change without rescanning the vault', async () => {
    const app = makeApp(fixtureFiles());
    const { index } = createTestContext({ app, today: TODAY }).ctx;
    const getFileCache = vi.spyOn(app.metadataCache, 'getFileCache');
    const getMarkdownFiles = vi.spyOn(app.vault, 'getMarkdownFiles');
    await writeNote(app, JANE, contactNote('Jane Renamed'));
    const jane = index.get(JANE);
    expect(jane?.ok && jane.contact.name).toBe('Jane Renamed');
    expect(getMarkdownFiles).not.toHaveBeenCalled();
    expect(getFileCache).not.toHaveBeenCalled(); // the 'changed' event carries the cache
  });

  it('drops a note whose `followup` key was removed', async () => {
    const app = makeApp(fixtureFiles());
    const { index } = createTestContext({ app, today: TODAY }).ctx;
    await writeNote(app, JANE, '---\nname: Jane\n---\n');
    expect(index.get(JANE)).toBeUndefined();
  });

  it('follows a rename with one cache lookup, and drops the old path', async () => {
    const app = makeApp(fixtureFiles());
    const { index } = createTestContext({ app, today: TODAY }).ctx;
    const getFileCache = vi.spyOn(app.metadataCache, 'getFileCache');
    await app.vault.rename(fileAt(app, JANE), 'Jobs/Jane D.md');
    expect(index.get(JANE)).toBeUndefined();
    expect(index.get('Jobs/Jane D.md')?.ok).toBe(true);
    expect(getFileCache).toHaveBeenCalledTimes(1);
  });

  it('removes a deleted note and adds a created one', async () => {
    const app = makeApp(fixtureFiles());
    const { index } = createTestContext({ app, today: TODAY }).ctx;
    await trashNote(app, JANE);
    expect(index.get(JANE)).toBeUndefined();
    await app.vault.create('Jobs/New Person.md', contactNote('New Person'));
    const added = index.get('Jobs/New Person.md');
    expect(added?.ok && added.contact.name).toBe('New Person');
    expect(paths(index)).toHaveLength(11);
  });

  it('honours the contacts folder, and re-filters when the setting changes', async () => {
    const app = makeApp(fixtureFiles());
    const ctx = createTestContext({ app, today: TODAY, settings: { contactsFolder: 'Sales' } }).ctx;
    expect(paths(ctx.index)).toEqual(['Sales/Globex.md', 'Sales/Karin Ek.md', 'Sales/Maria Santos.md', 'Sales/Tom Becker.md']);
    await writeNote(app, 'Elsewhere/Stranger.md', contactNote('Stranger'));
    expect(ctx.index.get('Elsewhere/Stranger.md')).toBeUndefined();
    await app.vault.rename(fileAt(app, 'Sales/Globex.md'), 'Archive/Globex.md');
    expect(ctx.index.get('Archive/Globex.md')).toBeUndefined();
    expect(ctx.index.get('Sales/Globex.md')).toBeUndefined();
    await ctx.saveSettings({ ...ctx.settings(), contactsFolder: '/Networking/' });
    expect(paths(ctx.index)).toEqual(['Networking/Priya Natarajan.md', 'Networking/Sam Okafor.md', 'Networking/Sofia Berg.md']);
  });

  it('emits one debounced "changed" for a burst of edits', async () => {
    const app = makeApp(fixtureFiles());
    const { index } = createTestContext({ app, today: TODAY }).ctx;
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS * 2); // the initial build's event
    const changed = vi.fn();
    index.on('changed', changed);
    await writeNote(app, JANE, contactNote('Jane 1'));
    await writeNote(app, 'Sales/Karin Ek.md', contactNote('Karin'));
    await trashNote(app, 'Sales/Globex.md');
    expect(changed).not.toHaveBeenCalled();
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + 1);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(changed).toHaveBeenCalledWith({ type: 'notes', paths: [JANE, 'Sales/Karin Ek.md', 'Sales/Globex.md'] });
  });

  it('names both paths of a renamed contact, and says "all" for a settings change', async () => {
    const app = makeApp(fixtureFiles());
    const t = createTestContext({ app, today: TODAY });
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS * 2);
    const changed = vi.fn();
    t.ctx.index.on('changed', changed);
    await app.fileManager.renameFile(fileAt(app, JANE), 'Jobs/Jane D.md');
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + 1);
    expect(changed).toHaveBeenLastCalledWith({ type: 'notes', paths: [JANE, 'Jobs/Jane D.md'] });
    await t.ctx.saveSettings({ ...t.ctx.settings(), minGapDays: 3 });
    await writeNote(app, 'Sales/Karin Ek.md', contactNote('Karin'));
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + 1);
    expect(changed).toHaveBeenLastCalledWith({ type: 'all' });
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('stays quiet for notes that are not and were not contacts', async () => {
    const app = makeApp(fixtureFiles());
    const { index } = createTestContext({ app, today: TODAY }).ctx;
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS * 2);
    const changed = vi.fn();
    index.on('changed', changed);
    await writeNote(app, 'Daily/2026-11-26.md', '# Thursday\n');
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS * 2);
    expect(changed).not.toHaveBeenCalled();
  });

  it('caches the agenda until something changes', async () => {
    const app = makeApp(fixtureFiles());
    const { index } = createTestContext({ app, today: TODAY }).ctx;
    const first = index.agenda(TODAY);
    expect(index.agenda(TODAY)).toBe(first);
    expect(first.items.find((i) => i.contact.path === JANE)?.plan.due).toBe('2026-11-19');
    await writeNote(app, JANE, contactNote('Jane', 'snooze: 2026-12-01\n'));
    const second = index.agenda(TODAY);
    expect(second).not.toBe(first);
    expect(second.items.find((i) => i.contact.path === JANE)?.plan.due).toBe('2026-12-01');
  });

  it('rebuilds once the metadata cache finishes resolving at startup', () => {
    const app = makeApp({ 'A.md': contactNote('A') });
    Object.assign(app.metadataCache, { resolved: false });
    // Still indexing: the cache has nothing for the note yet, and no 'changed' reaches us.
    const getFileCache = vi.spyOn(app.metadataCache, 'getFileCache').mockReturnValue(null);
    const { index } = createTestContext({ app, today: TODAY }).ctx;
    expect([...index.all()]).toHaveLength(0);
    getFileCache.mockRestore();
    app.metadataCache.trigger('resolved');
    expect(index.get('A.md')?.ok).toBe(true);
    const rescan = vi.spyOn(app.vault, 'getMarkdownFiles');
    app.metadataCache.trigger('resolved');
    expect(rescan).not.toHaveBeenCalled(); // only the first 'resolved' rebuilds
  });

  it('cancels a pending "changed" on stop', async () => {
    const app = makeApp(fixtureFiles());
    const { index } = createTestContext({ app, today: TODAY }).ctx;
    const changed = vi.fn();
    index.on('changed', changed);
    await writeNote(app, JANE, contactNote('Jane 2'));
    index.stop();
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS * 2);
    expect(changed).not.toHaveBeenCalled();
  });
});
