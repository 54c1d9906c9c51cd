import { normalizePath, Setting } from 'obsidian';
import type { Settings } from '../../core/settings';
import type { PluginContext } from '../context';
import { saveSetting } from './save-setting';

/** '' stays '' (the whole vault, or none); anything else in Obsidian's canonical path form. */
export function folderValue(raw: string): string {
  const trimmed = raw.trim();
  return trimmed === '' ? '' : normalizePath(trimmed);
}

function folderSetting(el: HTMLElement, ctx: PluginContext, key: 'contactsFolder' | 'templatesFolder', name: string, desc: string, placeholder: string): void {
  new Setting(el)
    .setName(name)
    .setDesc(desc)
    .addText((text) =>
      text
        .setPlaceholder(placeholder)
        .setValue(ctx.settings()[key])
        .onChange((value) => void saveSetting(ctx, { [key]: folderValue(value) } satisfies Partial<Settings>)),
    );
}

export function notesSection(el: HTMLElement, ctx: PluginContext): void {
  new Setting(el).setName('Notes').setHeading();
  folderSetting(el, ctx, 'contactsFolder', 'Contacts folder', 'Only notes in this folder count as contacts. Leave empty to use the whole vault.', 'People');
  folderSetting(
    el,
    ctx,
    'templatesFolder',
    'Templates folder',
    'Notes here replace the built-in draft wording: one note per context and kind, variants separated by "---". Leave empty for the built-in drafts.',
    'Templates/Follow-ups',
  );
}
