/** The row of buttons at the bottom of our modals, in Obsidian's own layout class. */
export interface ModalButton {
  text: string;
  /** `mod-cta` for the main action, `mod-warning` for a destructive one. */
  cls?: string;
  onClick: () => void;
}

export function addButtons(parent: HTMLElement, buttons: readonly ModalButton[]): HTMLButtonElement[] {
  const row = parent.createDiv({ cls: 'modal-button-container' });
  return buttons.map((b) => {
    const el = row.createEl('button', b.cls === undefined ? { text: b.text } : { text: b.text, cls: b.cls });
    // The element lives and dies with the modal's content, so a plain listener cannot leak.
    el.addEventListener('click', b.onClick);
    return el;
  });
}
