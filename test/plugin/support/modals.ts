/**
 * Extends the mock Modal: its `open()` closes itself on the next tick (so tests never hang),
 * which would dismiss our confirm and prompt modals before a test can answer them. Here `open()`
 * only runs `onOpen` and records the modal, and the test answers or closes it.
 */
import { Modal } from 'obsidian-test-mocks/obsidian';
import { vi } from 'vitest';

export interface OpenedModals {
  all: Modal[];
  last(): Modal;
}

export function captureModals(): OpenedModals {
  const all: Modal[] = [];
  vi.spyOn(Modal.prototype, 'open').mockImplementation(function (this: Modal) {
    all.push(this);
    this.onOpen();
  });
  return {
    all,
    last: () => {
      const m = all[all.length - 1];
      if (!m) throw new Error('no modal was opened');
      return m;
    },
  };
}

/** Clicks the button with this text in a modal's content. */
export function clickButton(modal: Modal, text: string): void {
  const button = [...modal.contentEl.querySelectorAll('button')].find((b) => b.textContent === text);
  if (!button) throw new Error(`no button "${text}" in: ${modal.contentEl.textContent ?? ''}`);
  button.click();
}

/** Lets pending promise callbacks and the mock vault's awaits run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
}
