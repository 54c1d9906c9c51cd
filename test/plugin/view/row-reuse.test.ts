/**
 * A redraw rebuilds only the rows whose contact or plan changed: every other row is the same DOM
 * node as before (so its focus, open "why" and in-flight button survive), and a first render of
 * many rows builds one page per task and finishes in the next tasks.
 */
import { describe, expect, it, vi } from 'vitest';
import { CHANGED_DEBOUNCE_MS } from '../../../src/plugin/contact-index';
import { ROWS_PER_TASK } from '../../../src/plugin/view/followups-view';
import { useFakeTimersPerTest } from '../support/fake-timers';
import { fileAt, makeApp, trashNote, writeNote } from '../support/mock-app';
import { openView, rowOf, typeFilter } from '../support/view';
import { describeSidebar, generatedVault } from './sidebar-vault';

const TODAY = '2026-11-25';

useFakeTimersPerTest();

/** Every row element by the name button's aria-label (unique: it carries the path for problems). */
function rowsByPath(el: HTMLElement): Map<string, Element> {
  const out = new Map<string, Element>();
  for (const row of Array.from(el.querySelectorAll('.pp-row'))) {
    const name = row.querySelector('.pp-row-name');
    out.set(`${name?.textContent ?? ''}|${row.querySelector('.pp-row-why')?.textContent ?? ''}`, row);
  }
  return out;
}

const flush = (): void => {
  vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + 1);
  vi.advanceTimersByTime(100);
};

describe('sidebar rows kept between redraws', () => {
  it('keeps every untouched row node after one edit and rebuilds only the edited one', { timeout: 30_000 }, async () => {
    const files = generatedVault(120, 1, 7);
    const app = makeApp(files);
    const { el } = await openView(app, TODAY);
    flush();
    const before = Array.from(el.querySelectorAll('.pp-row'));
    const edited = Object.keys(files).find((p) => p.startsWith('People/0') && /followup: active/.test(files[p] ?? '') && /contacted/.test(files[p] ?? '')) as string;
    const name = /name: (.*)/.exec(files[edited] ?? '')?.[1] as string;
    await writeNote(app, edited, (files[edited] ?? '').replace(`name: ${name}`, 'name: Zed Edited'));
    flush();
    const after = Array.from(el.querySelectorAll('.pp-row'));
    const editedRow = rowOf(el, 'Zed Edited');
    expect(before).not.toContain(editedRow);
    // All others: the very same nodes, in the same relative order.
    expect(after.filter((r) => r !== editedRow)).toEqual(before.filter((r) => after.includes(r)));
    expect(after.filter((r) => r !== editedRow).every((r) => before.includes(r))).toBe(true);
    expect(after).toHaveLength(before.length);
  });

  it("moves a row to its new group, keeps the rest, and drops a deleted or renamed note's row", { timeout: 30_000 }, async () => {
    const files = generatedVault(60, 1, 9);
    const app = makeApp(files);
    const { el } = await openView(app, TODAY);
    flush();
    const before = rowsByPath(el);
    const active = Object.keys(files).filter((p) => /followup: active/.test(files[p] ?? '') && /contacted/.test(files[p] ?? ''));
    const [replied, gone, renamed] = active as [string, string, string];
    await writeNote(app, replied, (files[replied] ?? '').replace('followup: active', 'followup: replied'));
    await trashNote(app, gone);
    await app.vault.rename(fileAt(app, renamed), 'People/Moved away.md');
    flush();
    const after = rowsByPath(el);
    let kept = 0;
    for (const [key, row] of after) if (before.get(key) === row) kept++;
    // The replied one went to the closed group (collapsed), the deleted one away: only the renamed
    // note's row is new, every other row is the node it was.
    expect(after.size).toBe(before.size - 2);
    expect(kept).toBe(after.size - 1);
  });

  it('keeps the matching rows while the filter narrows', { timeout: 30_000 }, async () => {
    const app = makeApp(generatedVault(80, 1, 5));
    const { el } = await openView(app, TODAY);
    flush();
    const before = rowsByPath(el);
    typeFilter(el, 'sales');
    const after = rowsByPath(el);
    expect(after.size).toBeGreaterThan(0);
    expect(after.size).toBeLessThan(before.size);
    for (const [key, row] of after) expect(row).toBe(before.get(key));
  });

  it('builds one page of new rows per task: the first task shows the top, the next ones the rest', { timeout: 30_000 }, async () => {
    const app = makeApp(generatedVault(400));
    const { el } = await openView(app, TODAY);
    expect(el.querySelectorAll('.pp-row')).toHaveLength(ROWS_PER_TASK);
    // Every group's header and count is there from the first task.
    expect(describeSidebar(el).filter((l) => l.startsWith('#'))).toHaveLength(7);
    vi.advanceTimersByTime(0);
    expect(el.querySelectorAll('.pp-row').length).toBeGreaterThan(ROWS_PER_TASK);
    vi.advanceTimersByTime(50);
    const settled = describeSidebar(el);
    vi.advanceTimersByTime(1000);
    expect(describeSidebar(el)).toEqual(settled);
    expect(el.querySelectorAll('.pp-show-more').length).toBeGreaterThan(0);
  });
});
