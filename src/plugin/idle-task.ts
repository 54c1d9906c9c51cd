/**
 * Runs a callback when the window is idle (requestIdleCallback, with a timeout so a busy window
 * still gets there), or on the next task where there is no such call (older mobile WebViews).
 * Returns the function that cancels it.
 */
const IDLE_TIMEOUT_MS = 100;

type IdleWindow = Window & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

export function whenIdle(callback: () => void): () => void {
  const w = window as IdleWindow;
  if (typeof w.requestIdleCallback === 'function' && typeof w.cancelIdleCallback === 'function') {
    const handle = w.requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
    return () => w.cancelIdleCallback?.(handle);
  }
  const handle = window.setTimeout(callback, 0);
  return () => window.clearTimeout(handle);
}
