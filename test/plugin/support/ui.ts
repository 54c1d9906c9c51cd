/**
 * The notices and modals a test file's code shows. Call once at the top of the file: it
 * registers its own hooks, and the arrays it returns stay the same objects, emptied before
 * each test, so they can be destructured once.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { openedModals, recordModals, type OpenedModals } from './modals';
import { recordNotices } from './notices';

export interface CapturedUi {
  /** Every notice's text, in order. */
  notices: string[];
  modals: OpenedModals;
}

export function captureUi(): CapturedUi {
  const notices: string[] = [];
  const modals = openedModals();
  beforeEach(() => {
    notices.length = 0;
    modals.all.length = 0;
    recordNotices(notices);
    recordModals(modals.all);
  });
  afterEach(() => vi.restoreAllMocks());
  return { notices, modals };
}
