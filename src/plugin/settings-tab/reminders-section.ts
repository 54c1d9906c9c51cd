import { Setting } from 'obsidian';
import { parseSlotTime, type SlotTimes } from '../../core/settings';
import { PARTS_OF_DAY, type PartOfDay } from '../../core/types';
import type { PluginContext } from '../context';
import { askNotificationPermission } from '../reminders/reminder-output';
import { fieldError } from './field-error';
import { saveSetting } from './save-setting';

const PART_NAMES: Record<PartOfDay, string> = { morning: 'Morning slot', midday: 'Midday slot', afternoon: 'Afternoon slot' };

export function remindersSection(el: HTMLElement, ctx: PluginContext): void {
  new Setting(el).setName('Reminders').setHeading();
  new Setting(el)
    .setName('Remind me when Obsidian starts')
    .setDesc('When Obsidian starts or a new day begins, a notice says how many follow-ups are due today and overdue.')
    .addToggle((t) => t.setValue(ctx.settings().remindOnStart).onChange((v) => void saveSetting(ctx, { remindOnStart: v })));
  new Setting(el)
    .setName('Notify at the suggested time')
    .setDesc('While Obsidian is open, a notification when the part of the day suggested for a follow-up begins.')
    .addToggle((t) =>
      t.setValue(ctx.settings().remindAtSlot).onChange((v) => {
        if (v) askNotificationPermission();
        void saveSetting(ctx, { remindAtSlot: v });
      }),
    );
  for (const part of PARTS_OF_DAY) {
    const setting = new Setting(el).setName(PART_NAMES[part]).setDesc('When this part of the day starts, on the 24-hour clock, like 09:00. Also used by the calendar feed.');
    const showError = fieldError(setting);
    setting.addText((text) =>
      text.setValue(ctx.settings().slotTimes[part]).onChange((value) => {
        const time = parseSlotTime(value);
        showError(time === null ? `Write a time like 09:00; "${value}" was not saved.` : null);
        if (time !== null) {
          const slotTimes: SlotTimes = { ...ctx.settings().slotTimes, [part]: time };
          void saveSetting(ctx, { slotTimes });
        }
      }),
    );
  }
}
