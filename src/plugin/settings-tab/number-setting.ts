import { Setting } from 'obsidian';
import type { PluginContext } from '../context';
import { fieldError } from './field-error';
import { NUMBER_BOUNDS, saveSetting, type NumberKey } from './save-setting';

/** A whole-number setting, saved as soon as it is valid; otherwise the reason shows under it. */
export function numberSetting(el: HTMLElement, ctx: PluginContext, key: NumberKey, name: string, desc: string): Setting {
  const { min, max } = NUMBER_BOUNDS[key];
  const setting = new Setting(el).setName(name).setDesc(desc);
  const showError = fieldError(setting);
  setting.addText((text) => {
    text.inputEl.type = 'number';
    text.inputEl.min = String(min);
    text.inputEl.max = String(max);
    text.setValue(String(ctx.settings()[key])).onChange((raw) => {
      const value = raw.trim();
      const n = Number(value);
      if (!/^\d+$/.test(value) || n < min || n > max) {
        showError(`Enter a whole number from ${min} to ${max}.`);
        return;
      }
      showError(null);
      void saveSetting(ctx, { [key]: n });
    });
  });
  return setting;
}
