import type { App } from 'obsidian';
import { addButtons } from './modal-buttons';
import { ResultModal } from './result-modal';

export interface StartAnswers {
  /** undefined: leave `context` out (generic wording). */
  context?: string;
  topic?: string;
}

/** The contexts the drafts have wording for; anything else reads as generic. */
const CONTEXTS: readonly [value: string, label: string][] = [
  ['job', 'Job application'],
  ['sales', 'Sales lead'],
  ['networking', 'Networking'],
  ['', 'Other (general wording)'],
];

/** Asks what the first message was about before a note becomes a contact. */
export function askStartDetails(app: App, noteName: string): Promise<StartAnswers | null> {
  return new StartFormModal(app, noteName).ask();
}

class StartFormModal extends ResultModal<StartAnswers> {
  constructor(
    app: App,
    private readonly noteName: string,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(`Start following up: ${this.noteName}`);
    this.contentEl.createEl('p', { text: 'This logs your first message as sent now. Both fields are optional.' });
    const contextLabel = this.contentEl.createEl('label', { text: 'Context', cls: 'pp-prompt-label' });
    const select = contextLabel.createEl('select', { cls: 'dropdown pp-start-context' });
    for (const [value, label] of CONTEXTS) select.createEl('option', { value, text: label });
    const topicLabel = this.contentEl.createEl('label', { text: 'What was your first message about?', cls: 'pp-prompt-label' });
    const topic = topicLabel.createEl('input', { type: 'text', cls: 'pp-start-topic', placeholder: 'The product designer role' });
    const submit = (): void => {
      const answers: StartAnswers = {};
      if (select.value !== '') answers.context = select.value;
      if (topic.value.trim() !== '') answers.topic = topic.value.trim();
      this.choose(answers);
    };
    topic.addEventListener('keydown', (evt) => {
      if (evt.key !== 'Enter') return;
      evt.preventDefault();
      submit();
    });
    addButtons(this.contentEl, [
      { text: 'Cancel', onClick: () => this.close() },
      { text: 'Start following up', cls: 'mod-cta', onClick: submit },
    ]);
  }
}
