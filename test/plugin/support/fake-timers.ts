/**
 * Fake timers for every test of the file: the index and the views debounce their redraws and
 * tick each minute, and the tests step through that time themselves. Call once at the top.
 */
import { afterEach, beforeEach, vi } from 'vitest';

export function useFakeTimersPerTest(): void {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
