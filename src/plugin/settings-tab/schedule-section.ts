import { Setting } from 'obsidian';
import { formatCadence, parseCadence } from '../../core/cadence';
import type { PluginContext } from '../context';
import { fieldError } from './field-error';
import { numberSetting } from './number-setting';
import { saveSetting } from './save-setting';

export function scheduleSection(el: HTMLElement, ctx: PluginContext): void {
  new Setting(el).setName('Schedule').setHeading();

  const cadence = new Setting(el)
    .setName('Default cadence')
    .setDesc('Wait before each follow-up; the last gap repeats. For example "1w, 1w, 2w" or "weekly then biweekly". A note can set its own.');
  const showError = fieldError(cadence);
  cadence.addText((text) =>
    text.setValue(formatCadence(ctx.settings().cadence)).onChange((value) => {
      const parsed = parseCadence(value);
      showError(parsed.ok ? null : parsed.message);
      if (parsed.ok) void saveSetting(ctx, { cadence: parsed.days });
    }),
  );

  numberSetting(el, ctx, 'minGapDays', 'Minimum gap (days)', 'No follow-up is due sooner than this after the last message, and logging one sooner asks first.');
  numberSetting(el, ctx, 'askAfter', 'Ask whether to stop after', 'After this many unanswered follow-ups, the next draft politely asks whether you should stop.');

  new Setting(el)
    .setName('Skip weekends')
    .setDesc('Move a due date off the weekend to the next weekday.')
    .addToggle((t) => t.setValue(ctx.settings().skipWeekends).onChange((v) => void saveSetting(ctx, { skipWeekends: v })));
  new Setting(el)
    .setName('Vary the weekday')
    .setDesc('Never suggest the same weekday as the last message, so you do not land in the same moment of their week.')
    .addToggle((t) => t.setValue(ctx.settings().varyWeekday).onChange((v) => void saveSetting(ctx, { varyWeekday: v })));
  new Setting(el)
    .setName('Suggest from your history')
    .setDesc(
      'Once your notes hold 20 replies, lean the suggested time of day and weekday towards what got replies before, for each context. Only on a clear difference, never earlier, never the same time of day twice in a row; the why says so with the numbers.',
    )
    .addToggle((t) => t.setValue(ctx.settings().suggestFromHistory).onChange((v) => void saveSetting(ctx, { suggestFromHistory: v })));

  numberSetting(el, ctx, 'reintroduceAfterDays', 'Reintroduce after (days)', 'After this much silence, drafts remind them who you are and what it was about.');
}
