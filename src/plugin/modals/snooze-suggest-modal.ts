import { type App, SuggestModal } from 'obsidian';

/** A snooze length in days, or null for "pick a date". */
export interface SnoozeChoice {
  label: string;
  days: number | null;
}

export const SNOOZE_CHOICES: readonly SnoozeChoice[] = [
  { label: '1 week', days: 7 },
  { label: '2 weeks', days: 14 },
  { label: 'Pick a date…', days: null },
];

export class SnoozeSuggestModal extends SuggestModal<SnoozeChoice> {
  constructor(
    app: App,
    private readonly onPick: (choice: SnoozeChoice) => void,
  ) {
    super(app);
    this.setPlaceholder('Snooze for…');
  }

  getSuggestions(query: string): SnoozeChoice[] {
    const q = query.trim().toLowerCase();
    return SNOOZE_CHOICES.filter((c) => c.label.toLowerCase().includes(q));
  }

  renderSuggestion(choice: SnoozeChoice, el: HTMLElement): void {
    el.setText(choice.label);
  }

  onChooseSuggestion(choice: SnoozeChoice): void {
    this.onPick(choice);
  }
}
