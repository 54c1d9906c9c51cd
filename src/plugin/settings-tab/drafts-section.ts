import { Setting } from 'obsidian';
import type { PluginContext } from '../context';
import { saveSetting } from './save-setting';

export function draftsSection(el: HTMLElement, ctx: PluginContext): void {
  new Setting(el).setName('Drafts').setHeading();
  new Setting(el)
    .setName('Draft language')
    .setDesc('The language drafts are written in when a note does not set "language"; the tone check uses it too. It does not change the language of the interface.')
    .addDropdown((d) =>
      d
        .addOptions({ en: 'English', sv: 'Svenska' })
        .setValue(ctx.settings().language)
        .onChange((v) => void saveSetting(ctx, { language: v === 'sv' ? 'sv' : 'en' })),
    );
  new Setting(el)
    .setName('Your name')
    .setDesc('Used to sign drafts.')
    .addText((text) => text.setValue(ctx.settings().myName).onChange((v) => void saveSetting(ctx, { myName: v.trim() })));
}
