import type { App as AppOriginal } from 'obsidian';
import { App } from 'obsidian-test-mocks/obsidian';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CadenceSuggestModal } from '../../../src/plugin/modals/cadence-suggest-modal';
import { askConfirm } from '../../../src/plugin/modals/confirm-modal';
import { askValue } from '../../../src/plugin/modals/prompt-modal';
import { SnoozeSuggestModal } from '../../../src/plugin/modals/snooze-suggest-modal';
import { snoozeChoices } from '../../../src/plugin/snooze-choices';
import { askStartDetails } from '../../../src/plugin/modals/start-form-modal';
import { ToneResultsModal } from '../../../src/plugin/modals/tone-results-modal';
import { clickButton } from '../support/modals';
import { captureUi } from '../support/ui';

const { notices, modals } = captureUi();
let app: AppOriginal;
beforeEach(() => {
  app = App.createConfigured__().asOriginalType__();
});

const input = (): HTMLInputElement => {
  const el = modals.last().contentEl.querySelector('input');
  if (!el) throw new Error('no input');
  return el;
};

describe('askConfirm', () => {
  const opts = { title: 'Sure?', message: 'This is final.', confirmText: 'Do it', destructive: true };

  it('is true only for the confirm button, and answers once', async () => {
    const answer = askConfirm(app, opts);
    expect(modals.last().contentEl.textContent).toContain('This is final.');
    clickButton(modals.last(), 'Do it');
    modals.last().close();
    expect(await answer).toBe(true);
  });

  it('is false for cancel and for closing', async () => {
    const cancelled = askConfirm(app, opts);
    clickButton(modals.last(), 'Cancel');
    const closed = askConfirm(app, opts);
    modals.last().close();
    expect([await cancelled, await closed]).toEqual([false, false]);
  });
});

describe('askValue', () => {
  const ask = (): Promise<string | null> =>
    askValue(app, { title: 'T', label: 'Day', inputType: 'date', initial: '2026-12-02', submitText: 'OK', validate: (v) => (v < '2026-11-26' ? 'Too early.' : null) });

  it('resolves the value on Enter', async () => {
    const answer = ask();
    input().value = '2026-12-24';
    input().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(await answer).toBe('2026-12-24');
  });

  it('keeps the modal open with the reason while the value is invalid, null when dismissed', async () => {
    const answer = ask();
    input().value = '2026-11-01';
    clickButton(modals.last(), 'OK');
    expect(modals.last().contentEl.querySelector('.pp-field-error')?.textContent).toBe('Too early.');
    modals.last().close();
    expect(await answer).toBeNull();
  });
});

describe('askStartDetails', () => {
  it('offers the draft contexts and returns only what was filled in', async () => {
    const answer = askStartDetails(app, 'Pat');
    const options = [...modals.last().contentEl.querySelectorAll('option')].map((o) => o.value);
    expect(options).toEqual(['job', 'sales', 'networking', '']);
    input().value = '  the pilot ';
    clickButton(modals.last(), 'Start following up');
    expect(await answer).toEqual({ context: 'job', topic: 'the pilot' });
  });
});

describe('suggest modals', () => {
  it('snooze filters its three choices and hands the pick over', () => {
    const picked = vi.fn();
    const modal = new SnoozeSuggestModal(app, snoozeChoices('2026-11-25'), picked);
    expect(modal.getSuggestions('week').map((c) => c.until)).toEqual(['2026-12-02', '2026-12-09']);
    const row = createDiv();
    const twoWeeks = { title: '2 weeks', until: '2026-12-09' };
    modal.renderSuggestion(twoWeeks, row);
    expect(row.textContent).toBe('2 weeks');
    modal.onChooseSuggestion(twoWeeks);
    expect(picked).toHaveBeenCalledWith(twoWeeks);
  });

  it('cadence puts typed text first and filters presets by it', () => {
    const modal = new CadenceSuggestModal(app, vi.fn());
    expect(modal.getSuggestions('monthly').map((c) => [c.label, c.parsed.ok])).toEqual([
      ['Use "monthly"', true],
      ['Every other week, then monthly', true],
      ['Monthly', true],
    ]);
  });

  it('cadence hands invalid text over too: the core refuses it and says why', () => {
    const picked = vi.fn();
    const modal = new CadenceSuggestModal(app, picked);
    const [typed] = modal.getSuggestions('0d');
    if (!typed) throw new Error('no typed row');
    modal.onChooseSuggestion(typed);
    expect(picked).toHaveBeenCalledWith('0d');
    expect(notices).toEqual([]);
  });
});

describe('ToneResultsModal', () => {
  it('lists each finding as text, never as HTML', () => {
    const finding = { phrase: '<b>ASAP</b>', index: 3, category: 'demand' as const, language: 'en' as const, why: 'Pressure.', suggestion: 'When it suits you.' };
    const modal = new ToneResultsModal(app, [finding], 'the selection');
    modal.open();
    const el = modal.contentEl;
    expect(el.querySelector('b')).toBeNull();
    expect(el.querySelector('strong')?.textContent).toBe('"<b>ASAP</b>"');
    expect(el.querySelector('.pp-tone-why')?.textContent).toBe('Pressure.');
    expect(el.querySelector('.pp-tone-suggestion')?.textContent).toBe('Kinder: When it suits you.');
    expect(el.querySelector('li')?.getAttribute('lang')).toBe('en');
    modal.close();
    expect(el.childElementCount).toBe(0);
  });
});
