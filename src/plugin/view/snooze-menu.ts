/** The snooze button's menu: one week, two weeks, or a date of your choice. */
import { Menu } from 'obsidian';
import type { Day } from '../../core/types';
import { snoozeChoices } from '../snooze-choices';
import type { RowActions } from './row-actions';

/** Placed under the button, so it works from the keyboard as well as the mouse. */
export function showSnoozeMenu(button: HTMLElement, path: string, actions: RowActions, today: Day): Menu {
  const menu = new Menu();
  for (const choice of snoozeChoices(today)) {
    menu.addItem((item) =>
      item.setTitle(choice.title).onClick(() => {
        if (choice.until === null) actions.pickSnoozeDate(path);
        else void actions.snooze(path, choice.until);
      }),
    );
  }
  const rect = button.getBoundingClientRect();
  menu.showAtPosition({ x: rect.left, y: rect.bottom });
  return menu;
}
