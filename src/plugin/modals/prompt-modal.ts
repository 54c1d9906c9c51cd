import type { App } from 'obsidian';
import { addButtons } from './modal-buttons';
import { ResultModal } from './result-modal';

export interface PromptOptions {
  title: string;
  label: string;
  inputType: 'text' | 'date';
  initial: string;
  submitText: string;
  /** Why the value cannot be used, or null when it can. Shown under the field. */
  validate: (value: string) => string | null;
}

/** A single-field prompt; resolves the accepted (trimmed) value, or null when dismissed. */
export function askValue(app: App, opts: PromptOptions): Promise<string | null> {
  return new PromptModal(app, opts).ask();
}

class PromptModal extends ResultModal<string> {
  constructor(
    app: App,
    private readonly opts: PromptOptions,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(this.opts.title);
    const label = this.contentEl.createEl('label', { text: this.opts.label, cls: 'pp-prompt-label' });
    const input = label.createEl('input', { type: this.opts.inputType, value: this.opts.initial, cls: 'pp-prompt-input' });
    const error = this.contentEl.createDiv({ cls: 'pp-field-error mod-warning' });
    const submit = (): void => {
      const value = input.value.trim();
      const why = this.opts.validate(value);
      error.setText(why ?? '');
      if (why === null) this.choose(value);
    };
    input.addEventListener('keydown', (evt) => {
      if (evt.key !== 'Enter') return;
      evt.preventDefault();
      submit();
    });
    addButtons(this.contentEl, [
      { text: 'Cancel', onClick: () => this.close() },
      { text: this.opts.submitText, cls: 'mod-cta', onClick: submit },
    ]);
    input.focus();
  }
}
