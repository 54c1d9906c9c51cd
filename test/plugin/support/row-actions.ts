/** Row actions that only record their calls, for the view and its menus without writing notes. */
import { vi } from 'vitest';
import type { Mock } from 'vitest';
import type { RowActions } from '../../../src/plugin/view/row-actions';

export type FakeActions = { [K in keyof RowActions]: Mock<RowActions[K]> };

export function fakeActions(): FakeActions {
  const done = (): Promise<void> => Promise.resolve();
  return {
    open: vi.fn(done),
    draft: vi.fn(done),
    logSent: vi.fn(done),
    replied: vi.fn(done),
    logReply: vi.fn(done),
    snooze: vi.fn(done),
    pickSnoozeDate: vi.fn<RowActions['pickSnoozeDate']>(),
  };
}
