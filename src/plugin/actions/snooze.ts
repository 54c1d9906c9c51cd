import type { TFile } from 'obsidian';
import { snooze as decideSnooze } from '../../core/actions';
import type { Day } from '../../core/types';
import { snoozePresets } from '../../core/words';
import type { PluginContext } from '../context';
import { askValue } from '../modals/prompt-modal';
import { nowOf, runAction } from './run-action';

/** Not due before `until`; null removes the snooze. Resolves true when the note says so. */
export async function snoozeUntil(ctx: PluginContext, file: TFile, until: Day | null): Promise<boolean> {
  const { outcome } = await runAction(ctx, file, decideSnooze, { until });
  return outcome === 'written' || outcome === 'unchanged';
}

/**
 * Asks for a date (the first preset, a week from today, to start with), then snoozes until
 * it. Which days are allowed is the core's rule: a refused day is said in a Notice.
 */
export function pickSnoozeDate(ctx: PluginContext, file: TFile): void {
  const today = nowOf(ctx.now()).day;
  void askValue(ctx.app, {
    title: `Snooze "${file.basename}" until`,
    label: 'Not due before',
    inputType: 'date',
    initial: snoozePresets(today)[0]?.until ?? today,
    submitText: 'Snooze',
    validate: (value) => (value === '' ? 'Enter a date.' : null),
  }).then((day) => (day === null ? false : snoozeUntil(ctx, file, day)));
}
