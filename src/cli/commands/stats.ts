/** `followups stats <vault> [--json]` */
import { followUpStats } from '../../core/stats/follow-up-stats';
import { booleanFlag, type CommandSpec } from '../command-spec';
import { paletteFor } from '../output/colour';
import { statsText } from '../output/stats-table';
import { readVault } from '../vault/read-vault';
import { vaultArgument } from './vault-argument';
import { warnSettingsProblems } from '../output/settings-warnings';

export const statsCommand: CommandSpec = {
  name: 'stats',
  usage: 'followups stats <vault> [--json]',
  details: `Arguments:
  <vault>               a folder of Markdown notes (an Obsidian vault or any folder)

Options:
  --json                print one JSON object (rates are null below the minimum count)

A reply (\`replied: <day>\`, written by \`followups reply\`) counts for the last message sent
on or before that day; messages after it are the conversation and are left out. A note marked
replied without a day counts as an answer to its last message. Notes with problems are skipped.
Exit status: 0, 2 bad usage.`,
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  run(args) {
    const { settings, settingsProblems, reads } = readVault(vaultArgument(args.positionals[0] ?? ''));
    warnSettingsProblems(settingsProblems);
    const contacts = reads.flatMap((r) => (r.ok ? [r.contact] : []));
    const stats = followUpStats(contacts, settings.askAfter);
    if (booleanFlag(args, 'json')) process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
    else process.stdout.write(statsText(stats, paletteFor(process.stdout, process.env)));
    return 0;
  },
};
