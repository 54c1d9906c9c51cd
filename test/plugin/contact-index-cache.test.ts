/**
 * The index keeps each contact's plan per day: after one edit only that note is re-planned, and
 * the agenda is the same as one built from scratch.
 */
import { describe, expect, it } from 'vitest';
import { buildAgenda } from '../../src/core/agenda';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { Settings } from '../../src/core/settings';
import { ContactIndex } from '../../src/plugin/contact-index';
import { makeApp, writeNote } from './support/mock-app';

const TODAY = '2026-11-25';
const note = (name: string, contacted: string): string => `---\nfollowup: active\nname: ${name}\ncontacted: [${contacted}]\n---\nBody\n`;
const files = {
  'People/Ann.md': note('Ann', '2026-11-02 09:00'),
  'People/Bo.md': note('Bo', '2026-11-10 15:00'),
  'People/Cy.md': note('Cy', '2026-11-20 11:30'),
};

function started(settings: () => Settings = () => DEFAULT_SETTINGS) {
  const app = makeApp(files);
  const index = new ContactIndex(app, settings);
  index.start({ registerEvent: () => {} });
  return { app, index };
}
const planOf = (index: ContactIndex, name: string, today = TODAY) => index.agenda(today).items.find((i) => i.contact.name === name)?.plan;

describe('ContactIndex plan cache', () => {
  it('re-plans only the edited note, and the agenda equals a fresh build', async () => {
    const { app, index } = started();
    const ann = planOf(index, 'Ann');
    const bo = planOf(index, 'Bo');
    await writeNote(app, 'People/Bo.md', note('Bo', '2026-11-24 09:00'));
    expect(planOf(index, 'Ann')).toBe(ann);
    expect(planOf(index, 'Bo')).not.toBe(bo);
    expect(planOf(index, 'Bo')?.due).not.toBe(bo?.due);
    expect(index.agenda(TODAY)).toEqual(buildAgenda(index.all(), DEFAULT_SETTINGS, TODAY));
  });

  it('keeps plans per day: another day is planned for that day', () => {
    const { index } = started();
    const today = planOf(index, 'Ann');
    const later = planOf(index, 'Ann', '2026-12-20');
    expect(later?.daysSinceLast).toBe((today?.daysSinceLast ?? 0) + 25);
    expect(index.agenda('2026-12-20')).toEqual(buildAgenda(index.all(), DEFAULT_SETTINGS, '2026-12-20'));
  });

  it('re-plans everything when the settings change, even in place', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS };
    const { index } = started(() => settings);
    const before = planOf(index, 'Ann');
    settings.minGapDays = 20;
    index.settingsChanged();
    expect(planOf(index, 'Ann')).not.toBe(before);
    expect(index.agenda(TODAY)).toEqual(buildAgenda(index.all(), settings, TODAY));
  });
});
