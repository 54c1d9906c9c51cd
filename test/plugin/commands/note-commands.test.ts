import { SuggestModal } from 'obsidian-test-mocks/obsidian';
import { describe, expect, it } from 'vitest';
import { palette } from '../support/commands';
import { focusNote } from '../support/editor';
import { clickButton } from '../support/modals';
import { settle } from '../support/settle';
import { JANE, PROBLEM, RECENT } from '../support/notes';
import { createTestContext } from '../support/test-context';
import { captureUi } from '../support/ui';

const { notices, modals } = captureUi();

function onNote(note: string, extra: Record<string, string> = {}) {
  const t = createTestContext({ files: { 'People/Jane.md': note, ...extra } });
  focusNote(t.app, t.file('People/Jane.md'));
  return { ...t, p: palette(t.app, t.ctx), text: () => t.read('People/Jane.md') };
}

/** The suggest modal that is open, to pick from as the user would. */
function suggest<T>(): SuggestModal<T> {
  return modals.last() as unknown as SuggestModal<T>;
}

describe('note commands', () => {
  it('log-sent logs now; too early it asks, and cancelling writes nothing', async () => {
    const t = onNote(RECENT);
    t.p.run('log-sent');
    await settle();
    clickButton(modals.last(), 'Cancel');
    await settle();
    expect(await t.text()).toBe(RECENT);
    t.p.run('log-sent');
    await settle();
    clickButton(modals.last(), 'Log it anyway');
    await settle();
    expect(await t.text()).toContain('  - 2026-11-25T10:05\n');
  });

  it('mark-replied sets replied', async () => {
    const t = onNote(JANE);
    t.p.run('mark-replied');
    await settle();
    expect(await t.text()).toBe(JANE.replace('followup: active', 'followup: replied'));
  });

  it('stop asks first: cancel keeps following up, confirm stops for good', async () => {
    const t = onNote(JANE);
    t.p.run('stop');
    await settle();
    expect(modals.last().contentEl.querySelector('button.mod-warning')?.textContent).toBe('Stop for good');
    clickButton(modals.last(), 'Cancel');
    await settle();
    expect(await t.text()).toBe(JANE);
    t.p.run('stop');
    await settle();
    clickButton(modals.last(), 'Stop for good');
    await settle();
    expect(await t.text()).toBe(JANE.replace('followup: active', 'followup: stopped'));
    expect(notices).toEqual([expect.stringMatching(/^Marked Jane Doe as stopped/)]);
  });

  it('toggle-pause pauses an active contact and resumes a paused one', async () => {
    const t = onNote(JANE);
    t.p.run('toggle-pause');
    await settle();
    expect(await t.text()).toBe(JANE.replace('followup: active', 'followup: paused'));
    t.p.run('toggle-pause');
    await settle();
    expect(await t.text()).toBe(JANE);
  });

  it('snooze offers 1 week, 2 weeks and a date, counted from today', async () => {
    const t = onNote(JANE);
    t.p.run('snooze');
    const modal = suggest<{ title: string }>();
    const choices = await modal.getSuggestions('');
    expect(choices.map((c) => c.title)).toEqual(['1 week', '2 weeks', 'Pick a date…']);
    modal.selectSuggestion(choices[1] as { title: string }, new MouseEvent('click'));
    await settle();
    expect(await t.text()).toContain('\nsnooze: 2026-12-09\n---\n');
  });

  it('snooze "pick a date" opens the date prompt', async () => {
    const t = onNote(JANE);
    t.p.run('snooze');
    const modal = suggest<{ title: string }>();
    const pick = (await modal.getSuggestions('pick'))[0];
    if (!pick) throw new Error('no pick choice');
    modal.selectSuggestion(pick, new MouseEvent('click'));
    const input = modals.last().contentEl.querySelector('input');
    if (!input) throw new Error('no date input');
    input.value = '2027-01-04';
    clickButton(modals.last(), 'Snooze');
    await settle();
    expect(await t.text()).toContain('\nsnooze: 2027-01-04\n---\n');
  });

  it('set-cadence writes a preset, and shows why free text is invalid without writing', async () => {
    const t = onNote(JANE);
    t.p.run('set-cadence');
    const modal = suggest<{ label: string; value: string }>();
    const typed = await modal.getSuggestions('every tuesday');
    const row = createDiv();
    modal.renderSuggestion(typed[0] as { label: string; value: string }, row);
    expect(row.textContent).toContain('"every tuesday" is not a gap');
    modal.selectSuggestion(typed[0] as { label: string; value: string }, new MouseEvent('click'));
    await settle();
    expect(await t.text()).toBe(JANE);
    expect(notices[0]).toMatch(/^Cadence not changed: "every tuesday" is not a gap/);

    t.p.run('set-cadence');
    const again = suggest<{ label: string; value: string }>();
    const presets = await again.getSuggestions('');
    expect(presets.map((c) => c.value)).toEqual(['1w, 1w, 2w', '1w', '2w', '1w, 2w', '2w, 30d', '30d']);
    again.selectSuggestion(presets[4] as { label: string; value: string }, new MouseEvent('click'));
    await settle();
    expect(await t.text()).toContain('\ncadence: 2w, 30d\n---\n');
  });

  it('set-cadence accepts valid free text, written in short form', async () => {
    const t = onNote(JANE);
    t.p.run('set-cadence');
    const modal = suggest<{ label: string; value: string }>();
    const typed = (await modal.getSuggestions('10 days, fortnightly'))[0];
    expect(typed?.label).toBe('Use "10 days, fortnightly"');
    modal.selectSuggestion(typed as { label: string; value: string }, new MouseEvent('click'));
    await settle();
    expect(await t.text()).toContain('\ncadence: 10d, 2w\n---\n');
  });

  it('append-draft appends the draft to the active note', async () => {
    const t = onNote(JANE);
    t.p.run('append-draft');
    await settle();
    expect(await t.text()).toContain('\n## Follow-ups\n\n### Draft — follow-up 2 — 2026-11-25 (Wed midday)\n');
  });

  it('runs on a note with problems only to say what to fix', async () => {
    const t = onNote(PROBLEM);
    for (const id of ['log-sent', 'mark-replied', 'toggle-pause', 'append-draft', 'open-in-mail']) t.p.run(id);
    await settle();
    expect(await t.text()).toBe(PROBLEM);
    expect(notices).toHaveLength(5);
    for (const n of notices) expect(n).toMatch(/People\/Jane\.md: contacted: /);
  });
});
