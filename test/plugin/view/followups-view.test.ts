import { describe, expect, it, vi } from 'vitest';
import { CHANGED_DEBOUNCE_MS } from '../../../src/plugin/contact-index';
import { ROWS_PER_PAGE } from '../../../src/plugin/view/render-group';
import { VIEW_TYPE } from '../../../src/plugin/view/view-type';
import { fixtureFiles } from '../support/fixture-vault';
import { makeApp, writeNote } from '../support/mock-app';
import { headerCounts, openView, rowNames, rowOf, typeFilter } from '../support/view';
import { useFakeTimersPerTest } from '../support/fake-timers';

const TODAY = '2026-11-25';
const JANE = 'Jobs/Jane Doe.md';

useFakeTimersPerTest();

describe('FollowupsView', () => {
  it('is the "Follow-ups" view with its own type and icon', async () => {
    const { view } = await openView(makeApp({}), TODAY);
    expect([view.getViewType(), view.getDisplayText(), view.getIcon()]).toEqual([VIEW_TYPE, 'Follow-ups', 'mail-check']);
  });

  it('shows the groups with their counts, the closed group collapsed', async () => {
    const { el } = await openView(makeApp(fixtureFiles()), TODAY);
    expect(headerCounts(el)).toEqual({
      Overdue: 2,
      Today: 1,
      'This week': 1,
      Later: 2,
      'Not contacted': 1,
      'Paused, replied or stopped': 3,
      Problems: 1,
    });
    expect(rowNames(el, 'overdue')).toEqual(['Erik Lindqvist', 'Jane Doe']);
    expect(rowNames(el, 'today')).toEqual(['Maria Santos']);
    expect(rowNames(el, 'week')).toEqual(['Sofia Berg']);
    expect(rowNames(el, 'later')).toEqual(['Sam Okafor', 'Tom Becker']);
    expect(rowNames(el, 'not-contacted')).toEqual(['Priya Natarajan']);
    expect(rowNames(el, 'closed')).toEqual([]);
    expect(el.querySelector('.pp-group-closed .pp-group-header')?.getAttribute('aria-expanded')).toBe('false');
  });

  it('describes each row: context, step, relative due with the date on hover, slot and why', async () => {
    const { el } = await openView(makeApp(fixtureFiles()), TODAY);
    const jane = rowOf(el, 'Jane Doe');
    expect(jane.querySelector('.pp-row-context')?.textContent).toBe('job');
    expect(jane.querySelector('.pp-row-step')?.textContent).toBe('follow-up 2 of 3');
    const due = jane.querySelector('.pp-row-due');
    expect(due?.textContent).toBe('6 days overdue');
    expect(due?.getAttribute('aria-label')).toBe('Thu 19 Nov 2026');
    expect(due?.getAttribute('title')).toBe('Thu 19 Nov 2026');
    // Overdue: the suggested slot is today (Wed 25 Nov), not the passed due day.
    expect(jane.querySelector('.pp-row-slot')?.textContent).toBe('Wed midday');
    expect(jane.querySelector('.pp-row-why')?.textContent).toMatch(/Wed 11 Nov/);
    expect(rowOf(el, 'Maria Santos').querySelector('.pp-row-due')?.textContent).toBe('today');
    expect(rowOf(el, 'Sofia Berg').querySelector('.pp-row-due')?.textContent).toBe('in 5 days');
    expect(rowOf(el, 'Tom Becker').querySelector('.pp-row-step')?.textContent).toBe('ask whether to stop');
    expect(rowOf(el, 'Priya Natarajan').querySelector('.pp-row-step')?.textContent).toBe('Not contacted yet');
  });

  it('expands the why on demand and keeps it open across redraws', async () => {
    const { el, view } = await openView(makeApp(fixtureFiles()), TODAY);
    const toggle = rowOf(el, 'Jane Doe').querySelector<HTMLButtonElement>('.pp-row-why-toggle');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(rowOf(el, 'Jane Doe').querySelector('.pp-row-why')?.classList.contains('pp-is-hidden')).toBe(true);
    toggle?.click();
    view.render();
    expect(rowOf(el, 'Jane Doe').querySelector('.pp-row-why')?.classList.contains('pp-is-hidden')).toBe(false);
    expect(rowOf(el, 'Jane Doe').querySelector('.pp-row-why-toggle')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('gives each state its buttons, all real <button>s with labels, calling the actions with the path', async () => {
    const { el, actions } = await openView(makeApp(fixtureFiles()), TODAY);
    const labels = (name: string): string[] =>
      Array.from(rowOf(el, name).querySelectorAll('.pp-row-actions > *')).map((b) => `${b.tagName}:${b.getAttribute('aria-label') ?? ''}`);
    expect(labels('Jane Doe')).toEqual(['BUTTON:Open note', 'BUTTON:Append a draft', 'BUTTON:Log sent', 'BUTTON:Log reply', 'BUTTON:Mark replied', 'BUTTON:Snooze']);
    expect(labels('Priya Natarajan')).toEqual(['BUTTON:Open note', 'BUTTON:Log sent']);
    const click = (name: string, label: string): void =>
      rowOf(el, name).querySelector<HTMLButtonElement>(`[aria-label="${label}"]`)?.click();
    click('Jane Doe', 'Append a draft');
    click('Jane Doe', 'Log sent');
    click('Maria Santos', 'Mark replied');
    click('Jane Doe', 'Log reply');
    click('Sofia Berg', 'Open note');
    rowOf(el, 'Tom Becker').querySelector<HTMLButtonElement>('.pp-row-name')?.click();
    expect(actions.draft).toHaveBeenCalledWith(JANE);
    expect(actions.logSent).toHaveBeenCalledWith(JANE);
    expect(actions.replied).toHaveBeenCalledWith('Sales/Maria Santos.md');
    expect(actions.logReply).toHaveBeenCalledWith(JANE);
    expect(actions.open.mock.calls).toEqual([['Networking/Sofia Berg.md'], ['Sales/Tom Becker.md']]);
  });

  it('lists each broken note with its message; clicking opens it', async () => {
    const { el, actions } = await openView(makeApp(fixtureFiles()), TODAY);
    const problem = el.querySelector('.pp-group-problems .pp-problem');
    expect(problem?.querySelector('.pp-row-name')?.textContent).toBe('Jobs/Oskar Holm.md');
    expect(problem?.querySelector('.pp-problem-message')?.textContent).toMatch(/`contacted`.*2026-11-31/);
    // Issue 12.4: the key as well as the message (path, key, value, what was expected).
    expect(problem?.querySelector('.pp-problem-key')?.textContent).toBe('contacted');
    expect(problem?.querySelector('.pp-problem-message')?.textContent).toMatch(/^contacted: `contacted`/);
    problem?.querySelector<HTMLButtonElement>('.pp-row-name')?.click();
    expect(actions.open).toHaveBeenCalledWith('Jobs/Oskar Holm.md');
  });

  it('opens and closes a group from its header', async () => {
    const { el } = await openView(makeApp(fixtureFiles()), TODAY);
    el.querySelector<HTMLButtonElement>('.pp-group-closed .pp-group-header')?.click();
    expect(rowNames(el, 'closed')).toEqual(['Hannah Smith', 'Karin Ek', 'Per Andersson']);
    expect(el.querySelector('.pp-group-closed .pp-group-header')?.getAttribute('aria-expanded')).toBe('true');
    el.querySelector<HTMLButtonElement>('.pp-group-overdue .pp-group-header')?.click();
    expect(rowNames(el, 'overdue')).toEqual([]);
  });

  it('filters by name or context, ignoring case', async () => {
    const { el } = await openView(makeApp(fixtureFiles()), TODAY);
    typeFilter(el, 'SALES');
    expect(headerCounts(el)).toEqual({ Today: 1, Later: 1, 'Paused, replied or stopped': 2 });
    typeFilter(el, 'jane');
    expect(rowNames(el)).toEqual(['Jane Doe']);
    typeFilter(el, 'nobody at all');
    expect(el.querySelector('.pp-empty')?.textContent).toBe('No contacts match the filter.');
  });

  it('updates live on a frontmatter change, keeping the filter text and the scroll position', async () => {
    const app = makeApp(fixtureFiles());
    const { el, view } = await openView(app, TODAY);
    typeFilter(el, 'job');
    let scroll = 120;
    const restored: number[] = [];
    Object.defineProperty(view.contentEl, 'scrollTop', {
      configurable: true,
      get: () => scroll,
      set: (v: number) => {
        restored.push(v);
        scroll = v;
      },
    });
    await writeNote(app, JANE, '---\nfollowup: replied\nname: Jane Doe\ncontext: job\n---\n');
    expect(rowNames(el, 'overdue')).toEqual(['Erik Lindqvist', 'Jane Doe']); // not before the debounce
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + 1);
    expect(rowNames(el, 'overdue')).toEqual(['Erik Lindqvist']);
    expect(headerCounts(el)['Paused, replied or stopped']).toBe(2);
    expect(el.querySelector<HTMLInputElement>('.pp-filter')?.value).toBe('job');
    expect(restored).toEqual([120]);
  });

  it('caps each group and shows more on request', async () => {
    const files: Record<string, string> = {};
    const total = ROWS_PER_PAGE * 2 + 20;
    for (let i = 0; i < total; i++) {
      files[`People/P${String(i).padStart(3, '0')}.md`] = '---\nfollowup: active\ncontacted: [2026-10-01]\n---\n';
    }
    const { el } = await openView(makeApp(files), TODAY);
    // Rows past the first task's share are drawn in the next tasks (row-reuse.test.ts).
    const drawn = (): void => void vi.advanceTimersByTime(100);
    drawn();
    expect(headerCounts(el).Overdue).toBe(total);
    expect(rowNames(el, 'overdue')).toHaveLength(ROWS_PER_PAGE);
    const more = (): HTMLButtonElement | null => el.querySelector('.pp-group-overdue .pp-show-more');
    expect(more()?.textContent).toBe(`Show ${ROWS_PER_PAGE} more`);
    more()?.click();
    drawn();
    expect(rowNames(el, 'overdue')).toHaveLength(ROWS_PER_PAGE * 2);
    expect(more()?.textContent).toBe('Show 20 more');
    more()?.click();
    drawn();
    expect(rowNames(el, 'overdue')).toHaveLength(total);
    expect(more()).toBeNull();
  });

  it('renders note content as text, never as HTML', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const app = makeApp({ 'People/Evil.md': `---\nfollowup: active\nname: "${evil}"\ncontext: "<b>job</b>"\ncontacted: [2026-11-20]\n---\n` });
    const { el } = await openView(app, TODAY);
    expect(rowNames(el)).toEqual([evil]);
    expect(rowOf(el, evil).querySelector('.pp-row-context')?.textContent).toBe('<b>job</b>');
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('b')).toBeNull();
  });

  it('tells a new user how to start when there are no contacts', async () => {
    const { el } = await openView(makeApp({ 'Notes/Plain.md': '# Just a note\n' }), TODAY);
    expect(el.querySelector('.pp-empty')?.textContent).toContain('Add followup: active to a contact note');
    expect(el.querySelector('.pp-empty code')?.textContent).toBe('followup: active');
    expect(el.querySelector('.pp-group')).toBeNull();
  });

  it('redraws after midnight so relative dates stay true', async () => {
    const { el, setToday } = await openView(makeApp(fixtureFiles()), TODAY);
    expect(rowOf(el, 'Sofia Berg').querySelector('.pp-row-due')?.textContent).toBe('in 5 days');
    setToday('2026-11-26');
    vi.advanceTimersByTime(60_000);
    expect(rowOf(el, 'Sofia Berg').querySelector('.pp-row-due')?.textContent).toBe('in 4 days');
  });

  it('stops listening when closed', async () => {
    const app = makeApp(fixtureFiles());
    const { el, view } = await openView(app, TODAY);
    const render = vi.spyOn(view, 'render');
    view.unload();
    await view.onClose();
    await writeNote(app, JANE, '---\nfollowup: stopped\n---\n');
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS * 2 + 60_000);
    expect(render).not.toHaveBeenCalled();
    expect(el.childElementCount).toBe(0);
  });
});
