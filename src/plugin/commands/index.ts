import type { Plugin } from 'obsidian';
import type { PluginContext } from '../context';
import { appendDraft } from './append-draft';
import { checkToneCommand } from './check-tone';
import type { CommandSpec } from './command-spec';
import { copyDraft } from './copy-draft';
import { logReply } from './log-reply';
import { logSent } from './log-sent';
import { markReplied } from './mark-replied';
import { newContact } from './new-contact';
import { openInMail } from './open-in-mail';
import { openNext } from './open-next';
import { setCadence } from './set-cadence';
import { showStats } from './show-stats';
import { showView } from './show-view';
import { snooze } from './snooze';
import { start } from './start';
import { stop } from './stop';
import { togglePause } from './toggle-pause';

/** Every command, in the order the palette lists them. Ids are stable: users bind hotkeys to them. */
export const COMMANDS: readonly CommandSpec[] = [
  openNext,
  showView,
  showStats,
  newContact,
  start,
  appendDraft,
  logSent,
  logReply,
  markReplied,
  stop,
  togglePause,
  snooze,
  setCadence,
  checkToneCommand,
  copyDraft,
  openInMail,
];

/** No default hotkeys: users choose their own. */
export function registerCommands(ctx: PluginContext, plugin: Plugin): void {
  for (const spec of COMMANDS) {
    plugin.addCommand({ id: spec.id, name: spec.name, checkCallback: (checking) => spec.run(ctx, checking) });
  }
}
