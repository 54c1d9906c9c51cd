/**
 * Finds the controls a settings tab built, by the setting's name, through the mock components'
 * constructor hooks. The mock components do not listen to DOM events; their `setValue` calls
 * the onChange handler, which is what typing does in Obsidian.
 */
import { DropdownComponent, TextComponent, ToggleComponent } from 'obsidian-test-mocks/obsidian';
import { vi } from 'vitest';

export interface SettingControls {
  text(name: string): TextComponent;
  toggle(name: string): ToggleComponent;
  dropdown(name: string): DropdownComponent;
  /** The error line under a setting ('' when none). */
  error(name: string): string;
}

/** The mock Setting is settingEl > [controlEl, infoEl > [nameEl, descEl, …]]. */
function infoOf(control: HTMLElement): HTMLElement | undefined {
  const info = control.parentElement?.parentElement?.children[1];
  return info instanceof HTMLElement ? info : undefined;
}

const nameOf = (control: HTMLElement): string => infoOf(control)?.children[0]?.textContent ?? '';

export function captureSettingControls(): SettingControls {
  const texts: TextComponent[] = [];
  const toggles: ToggleComponent[] = [];
  const dropdowns: DropdownComponent[] = [];
  vi.spyOn(TextComponent.prototype, 'constructor4__').mockImplementation(function (this: TextComponent) {
    texts.push(this);
  });
  vi.spyOn(ToggleComponent.prototype, 'constructor3__').mockImplementation(function (this: ToggleComponent) {
    toggles.push(this);
  });
  vi.spyOn(DropdownComponent.prototype, 'constructor3__').mockImplementation(function (this: DropdownComponent) {
    dropdowns.push(this);
  });
  const find = <T>(list: T[], el: (c: T) => HTMLElement, name: string): T => {
    // The newest match: a tab shown again builds new controls.
    const found = [...list].reverse().find((c) => nameOf(el(c)) === name);
    if (!found) throw new Error(`no control for setting "${name}"`);
    return found;
  };
  const text = (name: string): TextComponent => find(texts, (c) => c.inputEl, name);
  return {
    text,
    toggle: (name) => find(toggles, (c) => c.toggleEl, name),
    dropdown: (name) => find(dropdowns, (c) => c.selectEl, name),
    error: (name) => infoOf(text(name).inputEl)?.querySelector('.pp-setting-error')?.textContent ?? '',
  };
}
