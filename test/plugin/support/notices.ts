/** Records every Notice shown into `shown`, through the mock's constructor hook. */
import { Notice } from 'obsidian-test-mocks/obsidian';
import { vi } from 'vitest';

export function recordNotices(shown: string[]): void {
  vi.spyOn(Notice.prototype, 'constructor__').mockImplementation((message) => {
    shown.push(typeof message === 'string' ? message : (message.textContent ?? ''));
  });
}
