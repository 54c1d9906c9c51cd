import { type App, type Plugin, PluginSettingTab } from 'obsidian';
import type { PluginContext } from '../context';
import { draftsSection } from './drafts-section';
import { notesSection } from './notes-section';
import { remindersSection } from './reminders-section';
import { scheduleSection } from './schedule-section';

/** Every core setting; each change is validated and saved at once through the context. */
export class FollowupsSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    plugin: Plugin,
    private readonly ctx: PluginContext,
  ) {
    super(app, plugin);
  }

  display(): void {
    const el = this.containerEl;
    el.empty();
    scheduleSection(el, this.ctx);
    draftsSection(el, this.ctx);
    remindersSection(el, this.ctx);
    notesSection(el, this.ctx);
  }
}
