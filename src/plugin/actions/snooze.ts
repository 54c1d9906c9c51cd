import { Notice, type TFile } from 'obsidian';
import { addDaysTo, formatShortDay, isValidDay } from '../../core/calendar';
import * as noteEdits from '../../core/note-edit';
import type { Day } from '../../core/types';
import type { PluginContext } from '../context';
import { askValue } from '../modals/prompt-modal';
import { contactOf, refuse } from './refuse';
import { writeNote } from './write-note';

/** Not due before `until`; null removes the snooze. Resolves true when the note says so. */
export async function snoozeUntil(ctx: PluginContext, file: TFile, until: Day | null): Promise<boolean> {
  const contact = contactOf(ctx, file);
  if (!contact) return false;
  if (contact.state === 'stopped') return refuse(`${contact.name} asked you to stop: there is nothing to snooze.`);
  if (until !== null && until <= ctx.today()) return refuse(`Snooze until a day after today, not ${until}.`);
  if ((await writeNote(ctx, file, [noteEdits.snoozeUntil(until)])) === 'refused') return false;
  new Notice(until === null ? `Snooze removed for ${contact.name}.` : `Snoozed ${contact.name} until ${formatShortDay(until)}.`);
  return true;
}

/** Why `value` is not a day after `today`, or null when it is one. */
export function snoozeDateProblem(value: string, today: Day): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m || !isValidDay(Number(m[1]), Number(m[2]), Number(m[3]))) return 'Enter a date as YYYY-MM-DD.';
  return value <= today ? 'Pick a day after today.' : null;
}

/** Asks for a date (a week from today to start with), then snoozes until it. */
export function pickSnoozeDate(ctx: PluginContext, file: TFile): void {
  const today = ctx.today();
  void askValue(ctx.app, {
    title: `Snooze "${file.basename}" until`,
    label: 'Not due before',
    inputType: 'date',
    initial: addDaysTo(today, 7),
    submitText: 'Snooze',
    validate: (value) => snoozeDateProblem(value, today),
  }).then((day) => (day === null ? false : snoozeUntil(ctx, file, day)));
}
