import { normalizePath, Setting } from 'obsidian';
import { folderProblem, type Settings } from '../../core/settings';
import type { PluginContext } from '../context';
import { fieldError } from './field-error';
import { saveSetting } from './save-setting';

/** '' stays '' (the whole vault, or none); anything else in Obsidian's canonical path form. */
export function folderValue(raw: string): string {
  const trimmed = raw.trim();
  return trimmed === '' ? '' : normalizePath(trimmed);
}

/** A folder setting, saved as soon as it names a folder inside the vault; otherwise the reason shows under it. */
function folderSetting(el: HTMLElement, ctx: PluginContext, key: 'contactsFolder' | 'templatesFolder', name: string, desc: string, placeholder: string): void {
  const setting = new Setting(el).setName(name).setDesc(desc);
  const showError = fieldError(setting);
  setting.addText((text) =>
    text
      .setPlaceholder(placeholder)
      .setValue(ctx.settings()[key])
      .onChange((raw) => {
        const value = folderValue(raw);
        // Saving would drop it to the default (the whole vault, or no templates) without a word.
        if (folderProblem(value) !== null) {
          showError('Enter a folder inside the vault, like People/Contacts (no "..").');
          return;
        }
        showError(null);
        void saveSetting(ctx, { [key]: value } satisfies Partial<Settings>);
      }),
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
