/**
 * "Log reply": the user pastes what the contact wrote (or brings the selection), sees what the
 * core reads in it and why, and logs it as read, or picks the kind themselves (which they must
 * when the reading is unsure). Resolves the text and the chosen kind, or null when dismissed.
 */
import type { App } from 'obsidian';
import { describeKind, type ChosenReplyKind } from '../../core/actions';
import { classifyReply } from '../../core/replies';
import type { Day } from '../../core/types';
import { addButtons } from './modal-buttons';
import { ResultModal } from './result-modal';

export interface ReplyAnswer {
  text: string;
  /** Set when the user picked the kind instead of taking the reading. */
  kind?: ChosenReplyKind;
}

const CHOICES: readonly { kind: ChosenReplyKind; text: string }[] = [
  { kind: 'stop', text: 'Stop request' },
  { kind: 'out-of-office', text: 'Out of office' },
  { kind: 'reply', text: 'Real reply' },
];

export function askReply(app: App, opts: { name: string; initial: string; today: Day }): Promise<ReplyAnswer | null> {
  return new LogReplyModal(app, opts).ask();
}

class LogReplyModal extends ResultModal<ReplyAnswer> {
  constructor(
    app: App,
    private readonly opts: { name: string; initial: string; today: Day },
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(`Log reply from ${this.opts.name}`);
    const label = this.contentEl.createEl('label', { text: 'Paste what they wrote (quoted earlier mail and signatures are skipped).', cls: 'pp-prompt-label' });
    const input = label.createEl('textarea', { cls: 'pp-reply-input', attr: { rows: '8' } });
    input.value = this.opts.initial;
    const reading = this.contentEl.createDiv({ cls: 'pp-reply-reading' });
    const take = (kind?: ChosenReplyKind): void => {
      if (input.value.trim() === '') return;
      this.choose(kind === undefined ? { text: input.value } : { text: input.value, kind });
    };
    this.contentEl.createDiv({ text: 'Or say what it is:', cls: 'pp-reply-choose-label' });
    addButtons(
      this.contentEl,
      CHOICES.map((c) => ({ text: c.text, onClick: () => take(c.kind) })),
    );
    const logAsRead = addButtons(this.contentEl, [
      { text: 'Cancel', onClick: () => this.close() },
      { text: 'Log as read', cls: 'mod-cta', onClick: () => take() },
    ])[1];
    const show = (): void => {
      const text = input.value;
      const r = text.trim() === '' ? null : classifyReply(text, { today: this.opts.today });
      if (logAsRead) logAsRead.disabled = r === null || r.kind === 'unsure';
      if (r === null) {
        reading.setText('Nothing pasted yet.');
        return;
      }
      const what = r.kind === 'unsure' ? 'Not sure what this is: choose below.' : `Reads as ${describeKind(r.kind)}.`;
      reading.setText(`${what} ${r.why.charAt(0).toUpperCase()}${r.why.slice(1)}.`);
    };
    input.addEventListener('input', show);
    show();
    input.focus();
  }
}
