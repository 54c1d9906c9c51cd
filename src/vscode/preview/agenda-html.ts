/**
 * A `followups` block as HTML for VS Code's Markdown preview: the same lines as the Obsidian
 * block. Every piece of note text is escaped; links are workspace-root paths the preview opens.
 */
import { BLOCK_CLASS, BLOCK_ERROR_TITLE, BLOCK_LOADING, blockModel, type AgendaBlockView, type BlockRow } from '../../core/agenda-block/block-rows';

export type Escape = (text: string) => string;

const linkTo = (path: string): string => `/${path.split('/').map(encodeURIComponent).join('/')}`;

function rowHtml(row: BlockRow, esc: Escape): string {
  let html = `<a class="pp-agenda-link" href="${esc(linkTo(row.path))}">${esc(row.name)}</a>`;
  for (const { cls, text, title } of row.spans) {
    html += `<span class="${cls.join(' ')}"${title === undefined ? '' : ` title="${esc(title)}"`}>${esc(text)}</span>`;
  }
  return `<li class="${BLOCK_CLASS.item}">${html}</li>`;
}

export function agendaHtml(view: AgendaBlockView, esc: Escape): string {
  const model = blockModel(view, 'the Follow-ups view');
  let html = `<div class="${BLOCK_CLASS.box}"><div class="${BLOCK_CLASS.title}">${esc(model.title)}</div>`;
  if (model.empty !== null) html += `<div class="${BLOCK_CLASS.empty}">${esc(model.empty)}</div>`;
  else html += `<ul class="${BLOCK_CLASS.list}">${model.rows.map((row) => rowHtml(row, esc)).join('')}</ul>`;
  if (model.problems !== null) html += `<div class="${BLOCK_CLASS.problems}">${esc(model.problems)}</div>`;
  return `${html}</div>`;
}

export function errorsHtml(errors: string[], esc: Escape): string {
  const items = errors.map((e) => `<li>${esc(e)}</li>`).join('');
  return `<div class="${BLOCK_CLASS.box} ${BLOCK_CLASS.error}"><div class="${BLOCK_CLASS.title}">${esc(BLOCK_ERROR_TITLE)}</div><ul>${items}</ul></div>`;
}

export function loadingHtml(esc: Escape): string {
  return `<div class="${BLOCK_CLASS.box}"><div class="${BLOCK_CLASS.title}">${esc(BLOCK_LOADING.title)}</div><div class="${BLOCK_CLASS.empty}">${esc(BLOCK_LOADING.text)}</div></div>`;
}
