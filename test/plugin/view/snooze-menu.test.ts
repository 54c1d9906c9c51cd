import { Menu } from 'obsidian-test-mocks/obsidian';
import { describe, expect, it, vi } from 'vitest';
import { showSnoozeMenu } from '../../../src/plugin/view/snooze-menu';
import { fakeActions } from '../support/row-actions';

describe('snooze menu', () => {
  it('offers one week, two weeks or a picked date, from today', () => {
    const actions = fakeActions();
    const show = vi.spyOn(Menu.prototype, 'showAtPosition');
    const menu = Menu.fromOriginalType2__(showSnoozeMenu(createEl('button'), 'People/Jane.md', actions, '2026-11-25'));
    expect(menu.menuItems__.map((i) => i.title__)).toEqual(['1 week', '2 weeks', 'Pick a date…']);
    expect(show).toHaveBeenCalledTimes(1);
    const click = (n: number): void => {
      menu.menuItems__[n]?.onClick__?.(new MouseEvent('click'));
    };
    click(0);
    click(1);
    expect(actions.snooze.mock.calls).toEqual([
      ['People/Jane.md', '2026-12-02'],
      ['People/Jane.md', '2026-12-09'],
    ]);
    click(2);
    expect(actions.pickSnoozeDate).toHaveBeenCalledWith('People/Jane.md');
  });
});
