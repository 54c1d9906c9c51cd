/** The DOM of a `followups` block, from the core's block model: a heading, one line per contact, and its own errors. */
import { BLOCK_CLASS, BLOCK_ERROR_TITLE, BLOCK_LOADING, blockModel, type AgendaBlockView } from '../../core/agenda-block/block-rows';

/** Draws a link the way Obsidian draws internal links; the caller wires click and hover. */
export type LinkMaker = (parent: HTMLElement, path: string, text: string) => HTMLAnchorElement;

export function renderAgenda(el: HTMLElement, view: AgendaBlockView, link: LinkMaker): void {
  el.empty();
  const model = blockModel(view, 'the follow-ups view');
  const box = el.createDiv({ cls: BLOCK_CLASS.box });
  box.createDiv({ cls: BLOCK_CLASS.title, text: model.title });
  if (model.empty !== null) box.createDiv({ cls: BLOCK_CLASS.empty, text: model.empty });
  else {
    const list = box.createEl('ul', { cls: BLOCK_CLASS.list });
    for (const row of model.rows) {
      const li = list.createEl('li', { cls: BLOCK_CLASS.item });
      link(li, row.path, row.name);
      for (const { cls, text, title } of row.spans) {
        li.createSpan(title === undefined ? { cls, text } : { cls, text, attr: { 'aria-label': title, title } });
      }
    }
  }
  if (model.problems !== null) box.createDiv({ cls: BLOCK_CLASS.problems, text: model.problems });
}

/** Before the index has read every note (a big vault at start-up): drawn again once it has. */
export function renderLoading(el: HTMLElement): void {
  el.empty();
  const box = el.createDiv({ cls: BLOCK_CLASS.box });
  box.createDiv({ cls: BLOCK_CLASS.title, text: BLOCK_LOADING.title });
  box.createDiv({ cls: BLOCK_CLASS.empty, text: BLOCK_LOADING.text });
}

export function renderErrors(el: HTMLElement, errors: string[]): void {
  el.empty();
  const box = el.createDiv({ cls: [BLOCK_CLASS.box, BLOCK_CLASS.error] });
  box.createDiv({ cls: BLOCK_CLASS.title, text: BLOCK_ERROR_TITLE });
  const list = box.createEl('ul');
  for (const error of errors) list.createEl('li', { text: error });
}
