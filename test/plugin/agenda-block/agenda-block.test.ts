import type { App } from 'obsidian';
import { describe, expect, it, vi } from 'vitest';
import type { Day } from '../../../src/core/types';
import { AgendaBlock } from '../../../src/plugin/agenda-block/agenda-block';
import { CHANGED_DEBOUNCE_MS } from '../../../src/plugin/contact-index';
import { fixtureFiles } from '../support/fixture-vault';
import { makeApp, setDailyNotes, writeNote } from '../support/mock-app';
import { createTestContext, type TestContext } from '../support/test-context';
import { useFakeTimersPerTest } from '../support/fake-timers';

const DAILY = 'Daily/2026-11-25.md';
const REAL_TODAY = '2026-12-10';
const BLOCK_DEBOUNCE_MS = 200;

interface Block extends TestContext {
  block: AgendaBlock;
  el: HTMLElement;
  shown: { value: boolean };
}

function mount(app: App, source: string, sourcePath: string, today: Day = REAL_TODAY, chunkFiles?: number): Block {
  const t = createTestContext({ app, today, ...(chunkFiles === undefined ? {} : { chunkFiles }) });
  const el = createDiv();
  const shown = { value: true };
  el.isShown = () => shown.value; // jsdom has no layout, so no offsetParent
  const block = new AgendaBlock(el, source, sourcePath, t.ctx);
  block.load();
  return { ...t, block, el, shown };
}

const title = (el: HTMLElement): string => el.querySelector('.pp-agenda-title')?.textContent ?? '';
const names = (el: HTMLElement): string[] => Array.from(el.querySelectorAll('.pp-agenda-item a')).map((a) => a.textContent ?? '');
const dueOf = (el: HTMLElement, name: string): string =>
  Array.from(el.querySelectorAll('.pp-agenda-item'))
    .find((li) => li.querySelector('a')?.textContent === name)
    ?.querySelector('.pp-agenda-due')?.textContent ?? '';

useFakeTimersPerTest();

describe('followups block: its day', () => {
  it("in a daily note shows that day's agenda, as of that day", () => {
    const app = makeApp(fixtureFiles());
    setDailyNotes(app, { folder: 'Daily', format: 'YYYY-MM-DD' });
    const { el } = mount(app, 'range: 7d', DAILY);
    expect(title(el)).toBe('Follow-ups as of Wed 25 Nov 2026');
    expect(names(el)).toEqual(['Erik Lindqvist', 'Jane Doe', 'Maria Santos', 'Sofia Berg']);
    expect(dueOf(el, 'Jane Doe')).toBe('6 days overdue');
    expect(dueOf(el, 'Maria Santos')).toBe('today');
    expect(dueOf(el, 'Sofia Berg')).toBe('in 5 days');
    expect(el.querySelector('.pp-agenda-problems')?.textContent).toBe('1 contact note has a problem; see the follow-ups view.');
  });

  it('uses the default daily-note format when the settings have none, and parses strictly', () => {
    const files = { ...fixtureFiles(), 'Daily/2026-11-25 notes.md': '' };
    const app = makeApp(files);
    setDailyNotes(app, { folder: 'Daily' });
    expect(title(mount(app, '', DAILY).el)).toBe('Follow-ups as of Wed 25 Nov 2026');
    expect(title(mount(app, '', 'Daily/2026-11-25 notes.md').el)).toBe('Follow-ups');
  });

  it('reads Periodic Notes daily settings, folders in the format included', () => {
    const app = makeApp({ ...fixtureFiles(), 'Journal/2026/25.11.2026.md': '' });
    Object.assign(app, {
      plugins: { getPlugin: (id: string) => (id === 'periodic-notes' ? { settings: { daily: { enabled: true, folder: 'Journal', format: 'YYYY/DD.MM.YYYY' } } } : null) },
    });
    expect(title(mount(app, '', 'Journal/2026/25.11.2026.md').el)).toBe('Follow-ups as of Wed 25 Nov 2026');
  });

  it('ignores a daily-note date outside the daily notes folder', () => {
    const app = makeApp({ ...fixtureFiles(), 'Other/2026-11-25.md': '' });
    setDailyNotes(app, { folder: 'Daily', format: 'YYYY-MM-DD' });
    expect(title(mount(app, '', 'Other/2026-11-25.md').el)).toBe('Follow-ups');
  });

  it('lets the `date` option win over the daily-note date', () => {
    const app = makeApp(fixtureFiles());
    setDailyNotes(app, { folder: 'Daily', format: 'YYYY-MM-DD' });
    const { el } = mount(app, 'date: 2026-12-07\nrange: today', DAILY);
    expect(title(el)).toBe('Follow-ups as of Mon 7 Dec 2026');
    expect(dueOf(el, 'Sam Okafor')).toBe('today');
  });

  it("falls back to the note's `date` property, then to today", () => {
    const app = makeApp({ ...fixtureFiles(), 'Meetings/Kickoff.md': '---\ndate: 2026-11-30\n---\n', 'Notes/Plain.md': '' });
    expect(title(mount(app, '', 'Meetings/Kickoff.md').el)).toBe('Follow-ups as of Mon 30 Nov 2026');
    const { el } = mount(app, '', 'Notes/Plain.md', '2026-11-25');
    expect(title(el)).toBe('Follow-ups');
    expect(names(el)).toEqual(['Erik Lindqvist', 'Jane Doe', 'Maria Santos', 'Sofia Berg']);
  });
});

describe('followups block: options', () => {
  const at = (source: string): string[] => names(mount(makeApp(fixtureFiles()), source, 'Notes/A.md', '2026-11-25').el);

  it('filters by context, buckets and range', () => {
    expect(at('context: Sales')).toEqual(['Maria Santos']);
    expect(at('show: overdue')).toEqual(['Erik Lindqvist', 'Jane Doe']);
    expect(at('show: today, week')).toEqual(['Maria Santos', 'Sofia Berg']);
    expect(at('range: today')).toEqual(['Erik Lindqvist', 'Jane Doe', 'Maria Santos']);
    expect(at('range: 2w')).toEqual(['Erik Lindqvist', 'Jane Doe', 'Maria Santos', 'Sofia Berg', 'Sam Okafor', 'Tom Becker']);
    expect(at('range: 2w\nshow: later')).toEqual(['Sam Okafor', 'Tom Becker']);
  });

  it('says when nothing is due', () => {
    const { el } = mount(makeApp(fixtureFiles()), 'context: recruiting\nrange: 3d', 'Notes/A.md', '2026-11-25');
    expect(el.querySelector('.pp-agenda-empty')?.textContent).toBe('Nothing due in the next 3d.');
  });

  it('shows every option problem inside the block, with its text', () => {
    const { el } = mount(makeApp(fixtureFiles()), 'range: soon\ncolour: blue\ndate: 2026-02-30\nshow: overdue, someday', 'Notes/A.md');
    expect(el.querySelector('.pp-agenda-error')).not.toBeNull();
    expect(Array.from(el.querySelectorAll('.pp-agenda-error li')).map((li) => li.textContent)).toEqual([
      'Line 1: range "soon" is not like 7d, 2w or today.',
      'Line 2: unknown option "colour"; use range, context, show, date.',
      'Line 3: date "2026-02-30" is not a real date like 2026-11-25.',
      'Line 4: show "overdue, someday" should list some of overdue, today, week, later.',
    ]);
    expect(names(el)).toEqual([]);
  });
});

describe('followups block: live', () => {
  it('redraws after an index change, debounced, while shown', async () => {
    const app = makeApp(fixtureFiles());
    const { el } = mount(app, '', 'Notes/A.md', '2026-11-25');
    await writeNote(app, 'Jobs/Jane Doe.md', '---\nfollowup: paused\n---\n');
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + 1);
    expect(names(el)).toContain('Jane Doe');
    vi.advanceTimersByTime(BLOCK_DEBOUNCE_MS + 1);
    expect(names(el)).toEqual(['Erik Lindqvist', 'Maria Santos', 'Sofia Berg']);
  });

  it('waits while hidden and catches up when seen again', async () => {
    const app = makeApp(fixtureFiles());
    const { el, shown } = mount(app, '', 'Notes/A.md', '2026-11-25');
    shown.value = false;
    await writeNote(app, 'Jobs/Jane Doe.md', '---\nfollowup: paused\n---\n');
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + BLOCK_DEBOUNCE_MS + 2);
    expect(names(el)).toContain('Jane Doe');
    shown.value = true;
    vi.advanceTimersByTime(60_000);
    expect(names(el)).not.toContain('Jane Doe');
  });

  it('redraws after midnight', () => {
    const { el, setToday } = mount(makeApp(fixtureFiles()), '', 'Notes/A.md', '2026-11-25');
    expect(dueOf(el, 'Sofia Berg')).toBe('in 5 days');
    setToday('2026-11-26');
    vi.advanceTimersByTime(60_000);
    expect(dueOf(el, 'Sofia Berg')).toBe('in 4 days');
  });

  it('stops listening when unloaded', async () => {
    const app = makeApp(fixtureFiles());
    const { el, block, setToday } = mount(app, '', 'Notes/A.md', '2026-11-25');
    const draw = vi.spyOn(block, 'draw');
    const open = vi.spyOn(app.workspace, 'openLinkText').mockResolvedValue();
    block.unload();
    await writeNote(app, 'Jobs/Jane Doe.md', '---\nfollowup: paused\n---\n');
    setToday('2026-11-26');
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + BLOCK_DEBOUNCE_MS + 60_000);
    expect(draw).not.toHaveBeenCalled();
    el.querySelector('a')?.click();
    expect(open).not.toHaveBeenCalled();
    expect(names(el)).toContain('Jane Doe');
  });
});

describe('followups block: links', () => {
  it('are internal links that open the note and trigger the hover preview', () => {
    const app = makeApp(fixtureFiles());
    const open = vi.spyOn(app.workspace, 'openLinkText').mockResolvedValue();
    const trigger = vi.spyOn(app.workspace, 'trigger');
    const hovers = (): unknown[][] => trigger.mock.calls.filter(([name]) => name === 'hover-link');
    const { el, block } = mount(app, '', 'Notes/A.md', '2026-11-25');
    const a = el.querySelector<HTMLAnchorElement>('a.internal-link');
    expect(a?.getAttribute('data-href')).toBe('Jobs/Erik Lindqvist.md');
    expect(a?.getAttribute('href')).toBe('Jobs/Erik Lindqvist.md');
    expect(hovers()).toHaveLength(0);
    a?.click();
    expect(open).toHaveBeenCalledWith('Jobs/Erik Lindqvist.md', 'Notes/A.md', false);
    a?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(hovers()).toHaveLength(1);
    const info = hovers()[0]?.[1] as Record<string, unknown>;
    expect([info.source, info.hoverParent === block, info.targetEl === a, info.linktext, info.sourcePath]).toEqual([
      'preview',
      true,
      true,
      'Jobs/Erik Lindqvist.md',
      'Notes/A.md',
    ]);
    expect(info.event).toBeInstanceOf(MouseEvent);
  });
});

describe('followups block: while the index is still being built', () => {
  it('says it is reading the notes instead of finishing the build at once, and draws the rows when the build is done', () => {
    const app = makeApp(fixtureFiles());
    setDailyNotes(app, { folder: 'Daily', format: 'YYYY-MM-DD' });
    const { el, ctx } = mount(app, 'range: 7d', DAILY, REAL_TODAY, 1);
    expect(ctx.index.progress).not.toBeNull(); // the block did not force the build
    expect(el.querySelector('.pp-agenda-empty')?.textContent).toBe('Reading your notes…');
    expect(names(el)).toEqual([]);
    vi.advanceTimersByTime(5_000); // the build's idle chunks, its 'changed', the block's redraw
    expect(ctx.index.progress).toBeNull();
    expect(names(el)).toEqual(['Erik Lindqvist', 'Jane Doe', 'Maria Santos', 'Sofia Berg']);
  });
});

