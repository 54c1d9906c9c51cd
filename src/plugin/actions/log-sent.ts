import { Notice, type TFile } from 'obsidian';
import { describeGap } from '../../core/cadence';
import { daysBetween, formatShortDay } from '../../core/calendar';
import * as noteEdits from '../../core/note-edit';
import { formatOutreach } from '../../core/outreach';
import type { Contact } from '../../core/types';
import type { PluginContext } from '../context';
import { askConfirm } from '../modals/confirm-modal';
import { contactOf, refuse } from './refuse';
import { writeNote } from './write-note';

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
 * Appends now to `contacted`. Asks first when it is sooner than the minimum gap after the last
 * message (rule 2). Resolves true when the message was logged.
 */
export async function logSent(ctx: PluginContext, file: TFile): Promise<boolean> {
  const contact = contactOf(ctx, file);
  if (!contact) return false;
  if (contact.state === 'stopped') return refuse(stoppedMessage(contact));

  const logs = logsOf(ctx);
  const mark = logs.get(file.path);
  if (mark === 'busy') return refuse(`Already logging a message to ${contact.name}.`);
  if (mark !== undefined && ctx.now().getTime() - mark < DOUBLE_LOG_MS) {
    return refuse(`A message to ${contact.name} was logged a moment ago; logged once.`);
  }

  logs.set(file.path, 'busy');
  let logged = false;
  try {
    if (!(await soonEnoughOrConfirmed(ctx, contact))) return false;
    // The note may have changed while the confirmation was open: "stopped" is final.
    if (contactOf(ctx, file)?.state === 'stopped') return refuse(stoppedMessage(contact));
    const at = formatOutreach(ctx.now());
    logged = (await writeNote(ctx, file, [noteEdits.logSent(at)])) === 'changed';
    if (logged) new Notice(`Logged your message to ${contact.name} (${at}).`);
    return logged;
  } finally {
    if (logged) logs.set(file.path, ctx.now().getTime());
    else logs.delete(file.path);
  }
}

const stoppedMessage = (contact: Contact): string => `${contact.name} asked you to stop, so no more messages are logged.`;

async function soonEnoughOrConfirmed(ctx: PluginContext, contact: Contact): Promise<boolean> {
  const last = contact.contacted[contact.contacted.length - 1];
  const minGap = ctx.settings().minGapDays;
  if (!last) return true;
  const days = daysBetween(last.day, ctx.today());
  if (days >= minGap) return true;
  const when = days <= 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
  return askConfirm(ctx.app, {
    title: 'Log a follow-up this soon?',
    message:
      `Your last message to ${contact.name} was ${when} (${formatShortDay(last.day)}). ` +
      `Waiting at least ${describeGap(minGap)} between messages keeps it pleasant, not pushy. Log this one anyway?`,
    confirmText: 'Log it anyway',
  });
}
