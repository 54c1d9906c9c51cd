/** When the Markdown preview is asked to re-render: after the first scan, and after changes. */
import { describe, expect, it } from 'vitest';
import { AFTER_SCAN_AGAIN_MS, CHANGE_DEBOUNCE_MS, PreviewRefresher, type Timers } from '../../../src/vscode/preview/preview-refresh';

/** Timers run by hand: `advance(ms)` fires, in order, every timer due by then. */
function manualTimers(): Timers & { advance(ms: number): void; pending(): number } {
  let now = 0;
  let next = 0;
  const due = new Map<number, { at: number; run: () => void }>();
  return {
    set: (run, ms) => {
      due.set(next, { at: now + ms, run });
      return next++;
    },
    clear: (handle) => void due.delete(handle as number),
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const first = [...due.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!first) break;
        due.delete(first[0]);
        now = first[1].at;
        first[1].run();
      }
      now = until;
    },
    pending: () => due.size,
  };
}

function setup() {
  const timers = manualTimers();
  let refreshes = 0;
  const previews = new PreviewRefresher(() => refreshes++, timers);
  return { timers, previews, refreshes: () => refreshes };
}

describe('PreviewRefresher', () => {
  it('refreshes once when the scan ends and no block was shown while it ran', () => {
    const { timers, previews, refreshes } = setup();
    previews.scanDone();
    expect(refreshes()).toBe(1);
    timers.advance(60_000);
    expect(refreshes()).toBe(1);
  });

  it('refreshes again later when a block said "reading your notes" during the scan (VS Code can drop the first refresh)', () => {
    const { timers, previews, refreshes } = setup();
    previews.shownLoading();
    previews.scanDone();
    expect(refreshes()).toBe(1);
    timers.advance(AFTER_SCAN_AGAIN_MS[0]!);
    expect(refreshes()).toBe(2);
    timers.advance(60_000);
    expect(refreshes()).toBe(1 + AFTER_SCAN_AGAIN_MS.length);
    expect(AFTER_SCAN_AGAIN_MS.every((ms) => ms > 300)).toBe(true);
  });

  it('does not count a loading block rendered after the scan (there is none) and sends nothing for changes before it', () => {
    const { timers, previews, refreshes } = setup();
    previews.vaultChanged();
    timers.advance(60_000);
    expect(refreshes()).toBe(0);
    previews.scanDone();
    previews.shownLoading();
    timers.advance(60_000);
    expect(refreshes()).toBe(1);
  });

  it('debounces changes into one refresh', () => {
    const { timers, previews, refreshes } = setup();
    previews.scanDone();
    for (let i = 0; i < 5; i++) {
      previews.vaultChanged();
      timers.advance(CHANGE_DEBOUNCE_MS - 1);
    }
    expect(refreshes()).toBe(1);
    timers.advance(1);
    expect(refreshes()).toBe(2);
  });

  it('cancels every timer when disposed', () => {
    const { timers, previews, refreshes } = setup();
    previews.shownLoading();
    previews.scanDone();
    previews.vaultChanged();
    previews.dispose();
    expect(timers.pending()).toBe(0);
    timers.advance(60_000);
    expect(refreshes()).toBe(1);
  });
});
