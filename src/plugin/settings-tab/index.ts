import { type App, type Plugin, PluginSettingTab } from 'obsidian';
import type { PluginContext } from '../context';
import { draftsSection } from './drafts-section';
import { notesSection } from './notes-section';
import { remindersSection } from './reminders-section';
import { scheduleSection } from './schedule-section';

/** Every core setting; each change is validated and saved at once through the context. */
export class FollowupsSettingTab extends PluginSettingTab {
  private shown = false;
  /** Settings changed elsewhere while the user was typing here: redraw once they leave the field. */
  private redrawWhenBlurred = false;

  constructor(
    app: App,
    plugin: Plugin,
    private readonly ctx: PluginContext,
  ) {
    super(app, plugin);
    plugin.registerDomEvent(this.containerEl, 'focusout', (event) => {
      if (!this.redrawWhenBlurred || this.containerEl.contains(event.relatedTarget as Node | null)) return;
      this.redrawWhenBlurred = false;
      if (this.shown) this.display();
    });
  }

  display(): void {
    this.shown = true;
    const el = this.containerEl;
    el.empty();
    scheduleSection(el, this.ctx);
    draftsSection(el, this.ctx);
    remindersSection(el, this.ctx);
    notesSection(el, this.ctx);
  }

  override hide(): void {
    this.shown = false;
    this.redrawWhenBlurred = false;
    super.hide();
  }

  /**
   * The stored settings changed on disk (synced from another device): an open tab shows the new
   * values at once, but never under the cursor of someone typing in one of its fields.
   */
  settingsChangedElsewhere(): void {
    if (!this.shown) return;
    const active = this.containerEl.ownerDocument.activeElement;
    if (active !== null && this.containerEl.contains(active)) this.redrawWhenBlurred = true;
    else this.display();
  }
}
