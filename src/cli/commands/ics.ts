/** `followups ics <vault> [--days 30] [--today YYYY-MM-DD] [--out <file>]` */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildAgenda } from '../../core/agenda';
import { followUpsCalendar, icsStamp } from '../../core/ics/followups-calendar';
import { refusal, usageError } from '../cli-error';
import { stringFlag, type CommandSpec } from '../command-spec';
import { seeHelp } from '../parse-command-args';
import { todayFrom } from '../today-flag';
import { readVault } from '../vault/read-vault';
import { vaultArgument } from './vault-argument';
import { warnSettingsProblems } from '../output/settings-warnings';

/** `obsidian://open` when the folder is an Obsidian vault (it has `.obsidian/`), else a file:// URL. */
export function noteLinker(root: string): { vaultName: string; linkTo: (path: string) => string } {
  const full = resolve(root);
  const vaultName = basename(full);
  if (existsSync(join(full, '.obsidian'))) {
    const vault = encodeURIComponent(vaultName);
    return { vaultName, linkTo: (path) => `obsidian://open?vault=${vault}&file=${encodeURIComponent(path.replace(/\.md$/i, ''))}` };
  }
  return { vaultName, linkTo: (path) => pathToFileURL(join(full, path)).href };
}

/** Written beside the target and renamed over it, so a calendar sync never reads half a feed. */
function writeWhole(file: string, text: string): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw refusal(`cannot write ${file}: ${(error as Error).message}`);
  }
}

export const icsCommand: CommandSpec = {
  name: 'ics',
  usage: 'followups ics <vault> [--days 30] [--today YYYY-MM-DD] [--out <file>]',
  details: `Arguments:
  <vault>               a folder of Markdown notes (an Obsidian vault or any folder)

Options:
  --days N              follow-ups due up to N days from today (default 30, at most 366)
  --today YYYY-MM-DD    as of this day instead of today
  --out <file>          write the feed to this file (whole, by rename) instead of stdout

One event per active contact with a follow-up due, at its slot's time (the settings' slot
times, 09:00, 12:00 and 15:00 by default), with the step, the why and a link to the note.
Overdue follow-ups are put on today. Stopped, paused and replied contacts never appear.
Each event's UID is the note's path, so importing the feed again updates events.
Exit status: 0, 1 when --out cannot be written, 2 bad usage.`,
  options: { days: { type: 'string' }, today: { type: 'string' }, out: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  run(args) {
    const bad = (m: string): Error => usageError(m, seeHelp(icsCommand));
    const today = todayFrom(stringFlag(args, 'today'), bad);
    const daysFlag = stringFlag(args, 'days') ?? '30';
    if (!/^\d{1,3}$/.test(daysFlag) || Number(daysFlag) > 366) throw bad(`--days should be a whole number from 0 to 366; got "${daysFlag}"`);
    const root = args.positionals[0] ?? '';
    const { settings, settingsProblems, reads } = readVault(vaultArgument(root));
    warnSettingsProblems(settingsProblems);
    const agenda = buildAgenda(reads, settings, today);
    const text = followUpsCalendar(agenda.items, {
      today,
      days: Number(daysFlag),
      slotTimes: settings.slotTimes,
      askAfter: settings.askAfter,
      stamp: icsStamp(new Date()),
      ...noteLinker(root),
    });
    const out = stringFlag(args, 'out');
    if (out === undefined) process.stdout.write(text);
    else writeWhole(out, text);
    return 0;
  },
};
