import { Notice, type TFile } from 'obsidian';
import { logSent as decideLogSent } from '../../core/actions';
import type { PluginContext } from '../context';
import { runAction } from './run-action';

/** A second "log sent" for the same note this soon after the first is a double click. */
export const DOUBLE_LOG_MS = 2000;

/**
 * Per plugin instance and note: 'busy' while a log is in flight (the confirm modal may be
 * open), then the time it was written. Keyed by context so tests and reloads never share it.
 */
const recentLogs = new WeakMap<PluginContext, Map<string, 'busy' | number>>();

function logsOf(ctx: PluginContext): Map<string, 'busy' | number> {
  let logs = recentLogs.get(ctx);
  if (!logs) {
    logs = new Map();
    recentLogs.set(ctx, logs);
  }
  return logs;
}

/**
 * "Log sent", decided by the core on the note's text (rule 2's "this soon?" included). This
 * adapter adds only a UI debounce: a double click, or a click while the question is open, logs
 * once. Resolves true when a message was logged.
 */
export async function logSent(ctx: PluginContext, file: TFile): Promise<boolean> {
  const key = file.path;
  const logs = logsOf(ctx);
  const mark = logs.get(key);
  if (mark === 'busy') return ignored(`Already logging a message in "${file.basename}".`);
  if (mark !== undefined && ctx.now().getTime() - mark < DOUBLE_LOG_MS) {
    return ignored(`A message in "${file.basename}" was logged a moment ago; logged once.`);
  }
  logs.set(key, 'busy');
  let logged = false;
  try {
    logged = (await runAction(ctx, file, decideLogSent, {})).outcome === 'written';
    return logged;
  } finally {
    if (logged) logs.set(key, ctx.now().getTime());
    else logs.delete(key);
  }
}

function ignored(message: string): false {
  new Notice(message);
  return false;
}
