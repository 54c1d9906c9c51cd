/**
 * Pins everything the sidebar shows over a generated vault of a few hundred contacts (group
 * titles and counts, row order, row texts, buttons, "Show more"), and after edits, a rename, a
 * delete, a new note, the filter, opening groups and showing more. The snapshots were written by
 * the sidebar that emptied and rebuilt every row on each redraw, before rows were reused, so any
 * faster drawing must show exactly the same.
 */
import { describe, expect, it, vi } from 'vitest';
import { CHANGED_DEBOUNCE_MS } from '../../../src/plugin/contact-index';
import { useFakeTimersPerTest } from '../support/fake-timers';
import { fileAt, makeApp, trashNote, writeNote } from '../support/mock-app';
import { openView, typeFilter } from '../support/view';
import { describeSidebar, generatedVault } from './sidebar-vault';

const TODAY = '2026-11-25';

useFakeTimersPerTest();

/** Lets the index's debounce fire and any drawing left for later finish. */
function settleView(): void {
  vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + 1);
  vi.advanceTimersByTime(1000);
}

describe('the sidebar over a generated vault', () => {
  it('shows the same groups, rows, texts and buttons through edits, renames, deletes and clicks', { timeout: 60_000 }, async () => {
    const files = generatedVault(400);
    const app = makeApp(files);
    const { el, view } = await openView(app, TODAY);
    settleView();
    expect(describeSidebar(el)).toMatchSnapshot('first render');

    const paths = Object.keys(files).filter((p) => p.startsWith('People/0'));
    // An edit that moves a contact to another group, one that keeps it in place, a new name.
    await writeNote(app, paths[3] as string, files[paths[3] as string]?.replace(/followup: \w+/, 'followup: replied') ?? '');
    await writeNote(app, paths[10] as string, (files[paths[10] as string] ?? '').replace(/contacted: .*\n/, '').replace(/\n---\n/, '\ncontacted: [2026-11-24 10:00]\n---\n'));
    await writeNote(app, paths[20] as string, (files[paths[20] as string] ?? '').replace(/name: .*/, 'name: Aaron Aardvark'));
    settleView();
    expect(describeSidebar(el)).toMatchSnapshot('after three edits');

    await app.vault.rename(fileAt(app, paths[30] as string), 'People/Renamed person.md');
    await trashNote(app, paths[40] as string);
    await app.vault.create('People/New person.md', '---\nfollowup: active\nname: New Person\ncontext: job\ncontacted: [2026-11-01]\n---\n');
    await writeNote(app, 'People/Broken 0.md', '---\nfollowup: active\ncontacted: [2026-11-02]\n---\n');
    settleView();
    expect(describeSidebar(el)).toMatchSnapshot('after a rename, a delete, a new note and a fixed problem');

    el.querySelector<HTMLButtonElement>('.pp-group-closed .pp-group-header')?.click();
    el.querySelector<HTMLButtonElement>('.pp-group-overdue .pp-show-more')?.click();
    settleView();
    expect(describeSidebar(el)).toMatchSnapshot('closed group opened, one more page of overdue');

    el.querySelector<HTMLButtonElement>('.pp-group-overdue .pp-group-header')?.click();
    typeFilter(el, 'SALES');
    settleView();
    expect(describeSidebar(el)).toMatchSnapshot('overdue closed, filtered by "SALES"');

    typeFilter(el, '');
    rowWhy(el)?.click();
    view.render();
    settleView();
    expect(describeSidebar(el)).toMatchSnapshot('filter cleared, one why open');
  });

  it('shows the empty state and the no-match message the same way', async () => {
    const app = makeApp({ 'Notes/Plain.md': '# Plain\n' });
    const { el } = await openView(app, TODAY);
    expect(describeSidebar(el)).toEqual([
      "[pp-empty] No follow-ups yet.Add followup: active to a contact note's properties, or run the command 'Start following up on this note'.",
    ]);
    await writeNote(app, 'People/Ann.md', '---\nfollowup: active\nname: Ann\n---\n');
    settleView();
    typeFilter(el, 'zzz');
    settleView();
    expect(describeSidebar(el)).toEqual(['[pp-empty] No contacts match the filter.']);
  });
});

function rowWhy(el: HTMLElement): HTMLButtonElement | null {
  return el.querySelector<HTMLButtonElement>('.pp-group-week .pp-row-why-toggle');
}
