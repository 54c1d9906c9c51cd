import { type App, SuggestModal } from 'obsidian';
import type { SnoozeChoice } from '../snooze-choices';

export class SnoozeSuggestModal extends SuggestModal<SnoozeChoice> {
  constructor(
    app: App,
    private readonly choices: readonly SnoozeChoice[],
    private readonly onPick: (choice: SnoozeChoice) => void,
  ) {
    super(app);
    this.setPlaceholder('Snooze for…');
  }

  getSuggestions(query: string): SnoozeChoice[] {
    const q = query.trim().toLowerCase();
    return this.choices.filter((c) => c.title.toLowerCase().includes(q));
  }

  renderSuggestion(choice: SnoozeChoice, el: HTMLElement): void {
    el.setText(choice.title);
  }

  onChooseSuggestion(choice: SnoozeChoice): void {
    this.onPick(choice);
  }
}
