import { type App, SuggestModal } from 'obsidian';
import { CADENCE_PRESETS, parseCadence, type CadenceResult } from '../../core/cadence';

export interface CadenceChoice {
  label: string;
  value: string;
  parsed: CadenceResult;
}

/** Presets, plus what the user typed as its own first row (valid or with the reason it is not). */
export class CadenceSuggestModal extends SuggestModal<CadenceChoice> {
  constructor(
    app: App,
    private readonly onPick: (cadence: string) => void,
  ) {
    super(app);
    this.setPlaceholder('Pick a cadence, or type your own');
  }

  getSuggestions(query: string): CadenceChoice[] {
    const q = query.trim();
    const presets = CADENCE_PRESETS.map((p) => ({ ...p, parsed: parseCadence(p.value) }));
    if (q === '') return presets;
    const typed: CadenceChoice = { label: `Use "${q}"`, value: q, parsed: parseCadence(q) };
    const lower = q.toLowerCase();
    return [typed, ...presets.filter((p) => p.label.toLowerCase().includes(lower) || p.value.includes(lower))];
  }

  renderSuggestion(choice: CadenceChoice, el: HTMLElement): void {
    el.createDiv({ text: choice.label });
    const detail = choice.parsed.ok ? choice.value : choice.parsed.message;
    el.createEl('small', { text: detail, cls: choice.parsed.ok ? 'pp-suggest-detail' : 'pp-suggest-detail mod-warning' });
  }

  /** Invalid text too: the core refuses it, and its Notice says why. */
  onChooseSuggestion(choice: CadenceChoice): void {
    this.onPick(choice.value);
  }
}
