/** What the CodeLens and the hover say, from the note's own text. */
import { describe, expect, it } from 'vitest';
import { migrateSettings } from '../../../src/core/settings';
import { hoverText } from '../../../src/vscode/lens/explain-hover';
import { lensSpecs } from '../../../src/vscode/lens/followup-lens';
import { BROKEN_CADENCE, JANE, KARIN_STOPPED, PLAIN } from '../notes';

const settings = migrateSettings({});
const TODAY = '2026-11-16';

describe('lensSpecs', () => {
  it('says the step and due day, then offers log sent, draft, snooze and why', () => {
    const specs = lensSpecs(JANE, 'Jobs/Jane Doe.md', settings, TODAY);
    expect(specs.map((s) => s.title)).toEqual(['Follow-up 2 of 3 · due Thu 19 Nov', 'Log sent', 'Draft', 'Snooze', 'Why?']);
    expect(specs[1]!.command).toBe('pleasantlyPersistent.logSent');
    expect(specs[4]!.tooltip).toContain('1 week');
  });

  it('offers no way to log a message to a stopped contact', () => {
    expect(lensSpecs(KARIN_STOPPED, 'Sales/Karin.md', settings, TODAY).map((s) => s.title)).toEqual(['Stopped', 'Why?']);
  });

  it('points a broken note at the Problems panel, and says nothing on other notes', () => {
    expect(lensSpecs(BROKEN_CADENCE, 'Jobs/Nina.md', settings, TODAY)[0]?.title).toContain('1 problem');
    expect(lensSpecs(PLAIN, 'Welcome.md', settings, TODAY)).toEqual([]);
  });

  it('follows the text: an unsaved `followup: paused` offers resume', () => {
    const titles = lensSpecs(JANE.replace('followup: active ', 'followup: paused '), 'Jobs/Jane Doe.md', settings, TODAY).map((s) => s.title);
    expect(titles).toEqual(['Paused', 'Resume', 'Why?']);
  });
});

describe('hoverText', () => {
  const line = (key: string): number => JANE.split('\n').findIndex((l) => l.startsWith(`${key}:`));

  it('lists what was sent on `contacted`, with the next date explained', () => {
    const text = hoverText(JANE, 'Jobs/Jane Doe.md', line('contacted'), settings, TODAY);
    expect(text).toContain('**2 messages sent**, the last 5 days ago');
    expect(text).toContain('- Wed 4 Nov 2026 at 09:10');
  });

  it('explains the default cadence on `cadence`', () => {
    const withCadence = JANE.replace('interests:', 'cadence: 1w, 2w\ninterests:');
    const at = withCadence.split('\n').findIndex((l) => l.startsWith('cadence:'));
    const text = hoverText(withCadence, 'Jobs/Jane Doe.md', at, settings, TODAY);
    expect(text).toContain('This note’s cadence');
    expect(text).toContain('1. 1 week\n2. 2 weeks');
  });

  it('is null elsewhere', () => {
    expect(hoverText(JANE, 'Jobs/Jane Doe.md', line('name'), settings, TODAY)).toBeNull();
  });
});
