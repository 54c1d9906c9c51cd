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

/** An empty record; `recordModals(opened.all)` fills it. */
export function openedModals(): OpenedModals {
  const all: Modal[] = [];
  return {
    all,
    last: () => {
      const m = all[all.length - 1];
      if (!m) throw new Error('no modal was opened');
      return m;
    },
  };
}

export function recordModals(all: Modal[]): void {
  vi.spyOn(Modal.prototype, 'open').mockImplementation(function (this: Modal) {
    all.push(this);
    this.onOpen();
  });
}

/** Clicks the button with this text in a modal's content. */
export function clickButton(modal: Modal, text: string): void {
  const button = [...modal.contentEl.querySelectorAll('button')].find((b) => b.textContent === text);
  if (!button) throw new Error(`no button "${text}" in: ${modal.contentEl.textContent ?? ''}`);
  button.click();
}
