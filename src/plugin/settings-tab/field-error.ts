import type { Setting } from 'obsidian';

/** A line under a setting that says why the typed value was not saved; empty when it was. */
export function fieldError(setting: Setting): (message: string | null) => void {
  const el = setting.infoEl.createDiv({ cls: 'pp-setting-error mod-warning' });
  return (message) => el.setText(message ?? '');
}
