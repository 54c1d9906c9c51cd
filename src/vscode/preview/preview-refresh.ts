/**
 * When open Markdown previews re-render their agenda blocks. The preview re-renders only on its
 * own note's edits, so a change anywhere in the vault (debounced) and the end of the first scan
 * ask for a refresh. VS Code's preview can lose that first one: a refresh that arrives while one
 * of its own throttled updates (300 ms) is pending is dropped, and an update started before the
 * scan ended can post its "reading your notes" block after ours. So when a block was rendered
 * while the scan was running, the refresh after the scan is sent once more, later.
 */
export const CHANGE_DEBOUNCE_MS = 300;
/** Well past the preview's own 300 ms throttle. */
export const AFTER_SCAN_AGAIN_MS = [1_000, 5_000];

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class PreviewRefresher {
  private done = false;
  private loadingShown = false;
  private changeTimer: unknown;
  private readonly later = new Set<unknown>();

  constructor(
    private readonly refresh: () => void,
    private readonly timers: Timers = realTimers,
  ) {}

  /** Whether the first scan has ended (before it, a block says the notes are being read). */
  get scanned(): boolean {
    return this.done;
  }

  /** A block was rendered before the first scan ended. */
  shownLoading(): void {
    if (!this.done) this.loadingShown = true;
  }

  scanDone(): void {
    this.done = true;
    this.refresh();
    if (!this.loadingShown) return;
    for (const ms of AFTER_SCAN_AGAIN_MS) {
      const handle = this.timers.set(() => {
        this.later.delete(handle);
        this.refresh();
      }, ms);
      this.later.add(handle);
    }
  }

  /** Notes, folders or settings changed; nothing is sent before the first scan ends. */
  vaultChanged(): void {
    if (!this.done) return;
    this.timers.clear(this.changeTimer);
    this.changeTimer = this.timers.set(() => this.refresh(), CHANGE_DEBOUNCE_MS);
  }

  dispose(): void {
    this.timers.clear(this.changeTimer);
    for (const handle of this.later) this.timers.clear(handle);
    this.later.clear();
  }
}
