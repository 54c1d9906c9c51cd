import { type App, Modal } from 'obsidian';

/**
 * A modal that hands back one answer: `choose(value)` settles and closes; closing any other
 * way (Esc, the ×, Cancel) settles with null. Settles exactly once.
 */
export abstract class ResultModal<T> extends Modal {
  private settled = false;
  private resolve: (value: T | null) => void = () => undefined;

  constructor(app: App) {
    super(app);
  }

  /** Opens the modal; resolves with the chosen value, or null when dismissed. */
  ask(): Promise<T | null> {
    return new Promise((resolve) => {
      this.resolve = resolve;
      this.open();
    });
  }

  protected choose(value: T): void {
    this.settle(value);
    this.close();
  }

  override onClose(): void {
    this.contentEl.empty();
    this.settle(null);
  }

  private settle(value: T | null): void {
    if (this.settled) return;
    this.settled = true;
    this.resolve(value);
  }
}
