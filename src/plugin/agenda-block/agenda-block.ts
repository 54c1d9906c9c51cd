/**
 * A `followups` code block. Draws the agenda as of the note's day, redraws (debounced, and
 * only while shown) when the index changes and after midnight, and stops listening when the
 * note section is unloaded.
 */
import { debounce, Keymap, MarkdownRenderChild } from 'obsidian';
import type { HoverParent, HoverPopover } from 'obsidian';
import type { Day } from '../../core/types';
import type { PluginContext } from '../context';
import { noteDay } from '../daily-note-date';
import { parseBlockOptions } from '../../core/agenda-block/block-options';
import { renderAgenda, renderErrors, renderLoading } from './render-agenda';
import { selectItems } from '../../core/agenda-block/select-items';

export const BLOCK_LANGUAGE = 'followups';
const REDRAW_DEBOUNCE_MS = 200;
const DAY_CHECK_MS = 60_000;

export class AgendaBlock extends MarkdownRenderChild implements HoverParent {
  hoverPopover: HoverPopover | null = null;
  /** The real today when last drawn, to notice midnight. */
  private drawnOn: Day = '';
  /** A change arrived while hidden: draw when next seen. */
  private stale = false;
  private readonly redrawSoon = debounce(() => this.redrawIfShown(), REDRAW_DEBOUNCE_MS, true);

  constructor(
    containerEl: HTMLElement,
    private readonly source: string,
    private readonly sourcePath: string,
    private readonly ctx: PluginContext,
  ) {
    super(containerEl);
  }

  override onload(): void {
    this.listenToLinks();
    this.draw();
    this.registerEvent(this.ctx.index.on('changed', () => this.redrawSoon()));
    this.registerInterval(window.setInterval(() => this.tick(), DAY_CHECK_MS));
  }

  override onunload(): void {
    this.redrawSoon.cancel();
  }

  /** Once a minute: catch up on a change seen while hidden, or on a new day. */
  tick(): void {
    if (this.stale || this.ctx.today() !== this.drawnOn) this.redrawIfShown();
  }

  private redrawIfShown(): void {
    if (this.containerEl.isShown()) this.draw();
    else this.stale = true;
  }

  draw(): void {
    this.stale = false;
    const realToday = this.ctx.today();
    this.drawnOn = realToday;
    const parsed = parseBlockOptions(this.source);
    if (!parsed.ok) {
      renderErrors(this.containerEl, parsed.errors);
      return;
    }
    const { options } = parsed;
    const file = this.ctx.app.vault.getFileByPath(this.sourcePath);
    const day = options.date ?? (file ? noteDay(this.ctx.app, file) : null) ?? realToday;
    // Asking for the agenda mid-build would finish the build in one long task; the index's
    // 'changed' at the end of the build draws the block.
    if (this.ctx.index.progress !== null) {
      renderLoading(this.containerEl);
      return;
    }
    const agenda = this.ctx.index.agenda(day);
    const problemCount = new Set(agenda.problems.map((p) => p.path)).size;
    const view = { day, realToday, options, items: selectItems(agenda, options), askAfter: this.ctx.settings().askAfter, problemCount };
    renderAgenda(this.containerEl, view, internalLink);
  }

  /** One listener per block for all its links: redraws replace the links, not the listeners. */
  private listenToLinks(): void {
    const linkOf = (event: Event): HTMLAnchorElement | null =>
      event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.pp-agenda-link') : null;
    this.registerDomEvent(this.containerEl, 'click', (event) => {
      const a = linkOf(event);
      if (!a) return;
      event.preventDefault();
      void this.ctx.app.workspace.openLinkText(a.dataset.href ?? '', this.sourcePath, Keymap.isModEvent(event));
    });
    this.registerDomEvent(this.containerEl, 'mouseover', (event) => {
      const a = linkOf(event);
      if (!a) return;
      const linktext = a.dataset.href ?? '';
      this.ctx.app.workspace.trigger('hover-link', { event, source: 'preview', hoverParent: this, targetEl: a, linktext, sourcePath: this.sourcePath });
    });
  }
}

/** Drawn the way Obsidian draws internal links, so themes style them alike. */
function internalLink(parent: HTMLElement, path: string, text: string): HTMLAnchorElement {
  return parent.createEl('a', { cls: ['internal-link', 'pp-agenda-link'], text, href: path, attr: { 'data-href': path } });
}
