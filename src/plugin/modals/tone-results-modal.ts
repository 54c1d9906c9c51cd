import { type App, Modal } from 'obsidian';
import type { ToneFinding } from '../../core/tone/types';

/** Each finding with the phrase, why it may land badly in its sentence, and a kinder way to say it. */
export class ToneResultsModal extends Modal {
  constructor(
    app: App,
    private readonly findings: readonly ToneFinding[],
    private readonly source: string,
  ) {
    super(app);
  }

  override onOpen(): void {
    const n = this.findings.length;
    this.setTitle(n === 1 ? '1 phrase to soften' : `${n} phrases to soften`);
    this.contentEl.createEl('p', { text: `In ${this.source}.` });
    const list = this.contentEl.createEl('ul', { cls: 'pp-tone-findings' });
    for (const f of this.findings) {
      // The why and the suggestion are in the sentence's language: say so for screen readers and spell checkers.
      const item = list.createEl('li', { cls: 'pp-tone-finding', attr: { lang: f.language } });
      item.createEl('strong', { text: `"${f.phrase}"` });
      item.createDiv({ text: f.why, cls: 'pp-tone-why' });
      item.createDiv({ text: `Kinder: ${f.suggestion}`, cls: 'pp-tone-suggestion' });
    }
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
