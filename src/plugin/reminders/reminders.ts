/**
 * Reminders while Obsidian is open, both off by default: the day's digest when Obsidian starts
 * or a new day begins, and a notification when a part of the day with follow-ups in its slot
 * begins. Every decision is the core's (src/core/reminders.ts); this only owns the clock tick,
 * which is registered with the host so unloading the plugin stops it.
 */
import type { Component } from 'obsidian';
import { dateToDay } from '../../core/calendar';
import { digestDue, dueDigest, slotReminderDue } from '../../core/reminders';
import type { Now } from '../../core/actions';
import type { PluginContext } from '../context';

/** How often the clock is read; the core's slot window is 30 minutes, so none is missed. */
export const REMINDER_TICK_MS = 30_000;

export interface ReminderOutput {
  /** An in-app notice with a "Show" button that opens the follow-ups view. */
  notice(text: string, show: () => void): void;
  /** A system notification where allowed, else a notice; a click opens the view. */
  notify(text: string, show: () => void): void;
}

type Host = Pick<Component, 'registerInterval' | 'registerEvent'>;

const pad2 = (n: number): string => String(n).padStart(2, '0');
const wallTime = (at: Date): Now => ({ day: dateToDay(at), time: `${pad2(at.getHours())}:${pad2(at.getMinutes())}` });

/**
 * Starts the tick; `ready` says whether the index has read the vault (a digest from a cache
 * still indexing would count too few). Returns one check, for the caller and tests.
 */
export function startReminders(host: Host, ctx: PluginContext, out: ReminderOutput, ready: () => boolean): () => void {
  let digestShownOn: string | null = null;
  const given = new Set<string>();
  const show = (): void => void ctx.activateView();

  const check = (): void => {
    if (!ready()) return;
    const settings = ctx.settings();
    const now = wallTime(ctx.now());
    if (!settings.remindOnStart && !settings.remindAtSlot) return;
    const items = ctx.index.agenda(now.day).items;
    if (settings.remindOnStart && digestDue(digestShownOn, now)) {
      digestShownOn = now.day;
      const digest = dueDigest(items);
      if (digest) out.notice(digest.text, show);
    }
    if (settings.remindAtSlot) {
      const reminder = slotReminderDue(items, now, settings.slotTimes, given);
      if (reminder) {
        given.add(reminder.key);
        out.notify(reminder.text, show);
      }
    }
  };

  host.registerInterval(window.setInterval(check, REMINDER_TICK_MS));
  // The index's first 'changed' comes once it has read the vault: the start-up digest follows it.
  host.registerEvent(ctx.index.on('changed', check));
  check();
  return check;
}
