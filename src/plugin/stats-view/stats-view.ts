/** The "Follow-up stats" view: reply rates from the vault's history, redrawn when notes change. */
import { ItemView, type WorkspaceLeaf } from 'obsidian';
import { followUpStats } from '../../core/stats/follow-up-stats';
import type { Contact } from '../../core/types';
import type { PluginContext } from '../context';
import { renderStats } from './render-stats';

export const STATS_VIEW_TYPE = 'pleasantly-persistent-stats';
export const STATS_VIEW_TITLE = 'Follow-up stats';
const STATS_ICON = 'bar-chart-2';

export class StatsView extends ItemView {
  constructor(
    leaf: WorkspaceLeaf,
    private readonly ctx: PluginContext,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return STATS_VIEW_TYPE;
  }

  override getDisplayText(): string {
    return STATS_VIEW_TITLE;
  }

  override getIcon(): string {
    return STATS_ICON;
  }

  override async onOpen(): Promise<void> {
    this.contentEl.addClass('pp-stats-view');
    this.registerEvent(this.ctx.index.on('changed', () => this.render()));
    this.render();
    return Promise.resolve();
  }

  render(): void {
    const contacts: Contact[] = [];
    for (const r of this.ctx.index.all()) if (r.ok) contacts.push(r.contact);
    renderStats(this.contentEl, followUpStats(contacts, this.ctx.settings().askAfter));
  }
}

/** Opens (or reveals) the stats view in the main area. */
export async function activateStatsView(ctx: PluginContext): Promise<void> {
  const { workspace } = ctx.app;
  const leaf = workspace.getLeavesOfType(STATS_VIEW_TYPE)[0] ?? workspace.getLeaf('tab');
  if (leaf.view.getViewType() !== STATS_VIEW_TYPE) await leaf.setViewState({ type: STATS_VIEW_TYPE, active: true });
  await workspace.revealLeaf(leaf);
}
