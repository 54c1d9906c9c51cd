/**
 * The "Follow-ups" sidebar: what is due, grouped, with a filter. Redraws on the index's
 * 'changed' event; the filter box is never redrawn, so its text and focus survive, and the
 * scroll position is put back after each redraw. Rows are kept between redraws (GroupSections),
 * and a redraw that has many rows to build builds one page of them and finishes in later tasks,
 * so a vault of thousands of contacts never blocks the window for long.
 */
import { ItemView, Platform } from 'obsidian';
import type { WorkspaceLeaf } from 'obsidian';
import type { PluginContext } from '../context';
import { dueCount, dueCountText } from '../../core/due-count';
import { groupAgenda, groupSize } from '../../core/agenda-groups';
import type { Group } from '../../core/agenda-groups';
import type { Agenda, GroupId } from '../../core/agenda';
import { GroupSections } from './render-group';
import type { GroupState } from './render-group';
import type { RowActions } from './row-actions';
import { VIEW_ICON, VIEW_TITLE, VIEW_TYPE } from './view-type';

/** How often to look whether the day changed, so "tomorrow" becomes "today" after midnight. */
const DAY_CHECK_MS = 60_000;
/** New rows built per task (more than a tall sidebar shows at once); the rest follow in the next tasks. */
export const ROWS_PER_TASK = 20;

export class FollowupsView extends ItemView {
  private readonly state: GroupState = { toggled: new Set<GroupId>(), limits: new Map() };
  private readonly whyOpen = new Set<string>();
  private readonly sections = new GroupSections(this.state, () => this.render());
  /** The last grouping, reused while the agenda and the filter are the same. */
  private grouped: { agenda: Agenda; filter: string; groups: Group[] } | null = null;
  /** A redraw left rows to build: the timer that finishes them. */
  private later: number | null = null;
  private filterEl: HTMLInputElement | null = null;
  private listEl: HTMLElement | null = null;
  /** Mobile only: the status bar's due count, at the top of the view (mobile has no status bar). */
  private dueEl: HTMLElement | null = null;
  private shownDay = '';

  constructor(
    leaf: WorkspaceLeaf,
    private readonly ctx: PluginContext,
    private readonly actions: RowActions,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return VIEW_TYPE;
  }

  override getDisplayText(): string {
    return VIEW_TITLE;
  }

  override getIcon(): string {
    return VIEW_ICON;
  }

  override async onOpen(): Promise<void> {
    this.contentEl.empty();
    this.contentEl.addClass('pp-view');
    this.dueEl = Platform.isMobile ? this.contentEl.createDiv({ cls: 'pp-due-summary', attr: { 'aria-live': 'polite' } }) : null;
    this.filterEl = this.contentEl.createEl('input', {
      cls: 'pp-filter',
      type: 'search',
      attr: { placeholder: 'Filter by name or context', 'aria-label': 'Filter follow-ups by name or context' },
    });
    this.registerDomEvent(this.filterEl, 'input', () => this.render());
    this.listEl = this.contentEl.createDiv({ cls: 'pp-groups' });
    this.registerEvent(this.ctx.index.on('changed', () => this.render()));
    this.registerEvent(this.ctx.index.on('progress', () => this.render()));
    this.register(() => this.cancelLater());
    this.registerInterval(
      window.setInterval(() => {
        if (this.ctx.today() !== this.shownDay) this.render();
      }, DAY_CHECK_MS),
    );
    this.render();
    return Promise.resolve();
  }

  override async onClose(): Promise<void> {
    this.cancelLater();
    this.sections.clear();
    this.grouped = null;
    this.contentEl.empty();
    this.filterEl = null;
    this.listEl = null;
    this.dueEl = null;
    return Promise.resolve();
  }

  /** Public so tests can draw without waiting for the debounce. */
  render(): void {
    const list = this.listEl;
    if (!list) return;
    this.cancelLater();
    const scrollTop = this.contentEl.scrollTop;
    const progress = this.ctx.index.progress;
    if (progress) {
      // The index is being built at idle time: asking for the agenda now would finish it at once.
      this.showMessage(list, (el) => el.createDiv({ cls: 'pp-indexing', text: `Indexing notes… ${progress.done} of ${progress.total}` }));
      return;
    }
    const today = this.ctx.today();
    this.shownDay = today;
    const agenda = this.ctx.index.agenda(today);
    if (this.dueEl) {
      const count = dueCount(agenda);
      this.dueEl.setText(count === 0 ? 'Nothing due today' : dueCountText(count));
    }
    if (agenda.items.length === 0 && agenda.problems.length === 0) {
      this.showMessage(list, renderEmptyState);
    } else {
      const groups = this.groups(agenda, this.filterEl?.value ?? '');
      if (groups.length === 0) this.showMessage(list, (el) => el.createDiv({ cls: 'pp-empty', text: 'No contacts match the filter.' }));
      else {
        const deps = { today, askAfter: this.ctx.settings().askAfter, actions: this.actions, whyOpen: this.whyOpen };
        if (!this.sections.draw(list, groups, deps, ROWS_PER_TASK)) this.drawLater();
      }
    }
    this.contentEl.scrollTop = scrollTop;
  }

  private groups(agenda: Agenda, filter: string): Group[] {
    if (this.grouped?.agenda !== agenda || this.grouped.filter !== filter) {
      this.grouped = { agenda, filter, groups: groupAgenda(agenda, filter).filter((g) => groupSize(g) > 0) };
    }
    return this.grouped.groups;
  }

  private showMessage(list: HTMLElement, fill: (el: HTMLElement) => void): void {
    this.sections.clear();
    list.empty();
    fill(list);
  }

  private drawLater(): void {
    this.later = window.setTimeout(() => {
      this.later = null;
      this.render();
    }, 0);
  }

  private cancelLater(): void {
    if (this.later !== null) window.clearTimeout(this.later);
    this.later = null;
  }
}

/** The property that makes a note a contact, as the user types it (not prose). */
const START_PROPERTY = 'followup: active';

function renderEmptyState(parent: HTMLElement): void {
  const empty = parent.createDiv({ cls: 'pp-empty' });
  empty.createEl('p', { text: 'No follow-ups yet.' });
  const how = empty.createEl('p');
  how.appendText('Add ');
  how.createEl('code', { text: START_PROPERTY });
  how.appendText(" to a contact note's properties, or run the command 'Start following up on this note'.");
}
