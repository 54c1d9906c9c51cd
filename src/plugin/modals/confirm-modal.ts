import type { App } from 'obsidian';
import { addButtons } from './modal-buttons';
import { ResultModal } from './result-modal';

export interface ConfirmOptions {
  title: string;
  message: string;
  confirmText: string;
  /** A red button, for what cannot be undone. */
  destructive?: boolean;
}

/** Resolves true only when the user presses the confirm button; closing the modal is a no. */
export async function askConfirm(app: App, opts: ConfirmOptions): Promise<boolean> {
  return (await new ConfirmModal(app, opts).ask()) === true;
}

class ConfirmModal extends ResultModal<true> {
  constructor(
    app: App,
    private readonly opts: ConfirmOptions,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(this.opts.title);
    this.contentEl.createEl('p', { text: this.opts.message });
    addButtons(this.contentEl, [
      { text: 'Cancel', onClick: () => this.close() },
      { text: this.opts.confirmText, cls: this.opts.destructive === true ? 'mod-warning' : 'mod-cta', onClick: () => this.choose(true) },
    ]);
  }
}
