/** The plugin's lifecycle only: settings, the index, and registering each part. */
import { Platform, Plugin } from 'obsidian';
import { dateToDay } from './core/calendar';
import { migrateSettings } from './core/settings';
import type { Settings } from './core/settings';
import type { Day } from './core/types';
import { withLearnedSlots } from './core/stats/learn-from-history';
import { AgendaBlock, BLOCK_LANGUAGE } from './plugin/agenda-block/agenda-block';
import { registerCommands } from './plugin/commands';
import { ContactIndex } from './plugin/contact-index';
import type { PluginContext } from './plugin/context';
import { FollowupsSettingTab } from './plugin/settings-tab';
import { attachRibbonCount } from './plugin/ribbon-count';
import { attachStatusBar } from './plugin/status-bar';
import { obsidianReminderOutput } from './plugin/reminders/reminder-output';
import { startReminders } from './plugin/reminders/reminders';
import { StatsView, STATS_VIEW_TYPE } from './plugin/stats-view/stats-view';
import { activateView } from './plugin/view/activate-view';
import { FollowupsView } from './plugin/view/followups-view';
import { pluginRowActions } from './plugin/view/plugin-row-actions';
import { VIEW_ICON, VIEW_TYPE } from './plugin/view/view-type';

export default class PleasantlyPersistentPlugin extends Plugin {
  /** Set in onload: takes stored data as the current settings and redraws everything. */
  private applyStoredSettings: ((raw: unknown) => void) | null = null;

  override async onload(): Promise<void> {
    // `settings` is what every part plans with: the stored settings plus, with the history opt-in
    // on, what the index's notes teach (withLearnedSlots); only the stored part is ever saved.
    // (Nothing is indexed before the layout is ready: nothing learned yet, but never unlearned.)
    let settings: Settings = withLearnedSlots(migrateSettings(await this.loadData()), []);
    const today = (): Day => dateToDay(new Date());
    const index = new ContactIndex(this.app, () => settings, { today });
    const takeStored = (stored: Settings): void => {
      settings = withLearnedSlots(stored, index.all());
      index.settingsChanged();
    };
    // A note's history changed what was learned: a new settings object, so every plan is made
    // again (the plan cache drops plans made with other settings) and every part redraws.
    this.registerEvent(
      index.on('changed', () => {
        const next = withLearnedSlots(settings, index.all());
        if (next === settings) return;
        settings = next;
        index.settingsChanged();
      }),
    );
    const ctx: PluginContext = {
      app: this.app,
      index,
      settings: () => settings,
      saveSettings: async (next) => {
        const stored = migrateSettings(next);
        await this.saveData(stored);
        takeStored(stored);
      },
      today,
      now: () => new Date(),
      activateView: () => activateView(this.app),
    };
    const settingTab = new FollowupsSettingTab(this.app, this, ctx);
    this.applyStoredSettings = (raw) => {
      takeStored(migrateSettings(raw));
      settingTab.settingsChangedElsewhere();
    };

    this.registerView(VIEW_TYPE, (leaf) => new FollowupsView(leaf, ctx, pluginRowActions(ctx)));
    this.registerView(STATS_VIEW_TYPE, (leaf) => new StatsView(leaf, ctx));
    const ribbon = this.addRibbonIcon(VIEW_ICON, 'Show follow-ups', () => void ctx.activateView());
    // Mobile has no status bar: the ribbon button and the view's header carry the count there.
    if (Platform.isMobile) attachRibbonCount(ribbon, this, ctx);
    this.registerMarkdownCodeBlockProcessor(BLOCK_LANGUAGE, (source, el, mdCtx) => {
      mdCtx.addChild(new AgendaBlock(el, source, mdCtx.sourcePath, ctx));
    });
    attachStatusBar(this.addStatusBarItem(), this, ctx);
    registerCommands(ctx, this);
    this.addSettingTab(settingTab);

    // Reading the metadata cache before the layout is ready would slow Obsidian's start.
    this.app.workspace.onLayoutReady(() => {
      index.start(this);
      // The digest waits until the metadata cache has read every note, or it would count too few.
      startReminders(this, ctx, obsidianReminderOutput, () => {
        const cache = this.app.metadataCache;
        return index.progress === null && (!('resolved' in cache) || cache.resolved !== false);
      });
    });
    this.register(() => index.stop());
  }

  /**
   * data.json changed on disk (settings synced from another device): read it again, migrate it,
   * and re-plan and redraw through the index's 'changed' event, as a change made here would.
   */
  override async onExternalSettingsChange(): Promise<void> {
    const raw: unknown = await this.loadData();
    this.applyStoredSettings?.(raw);
  }
}
