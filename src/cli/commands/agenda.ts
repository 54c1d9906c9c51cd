/** `followups agenda <vault> [--today YYYY-MM-DD] [--json]` */
import { agendaToJson, buildAgenda } from '../../core/agenda';
import { usageError } from '../cli-error';
import { booleanFlag, stringFlag, type CommandSpec } from '../command-spec';
import { agendaText } from '../output/agenda-text';
import { paletteFor } from '../output/colour';
import { seeHelp } from '../parse-command-args';
import { todayFrom } from '../today-flag';
import { readVault } from '../vault/read-vault';
import { vaultArgument } from './vault-argument';

export const agendaCommand: CommandSpec = {
  name: 'agenda',
  summary: 'what is due: overdue, today, this week, later, and notes with problems',
  usage: 'followups agenda <vault> [--today YYYY-MM-DD] [--json]',
  details: `Arguments:
  <vault>               a folder of Markdown notes (an Obsidian vault or any folder)

Options:
  --today YYYY-MM-DD    show the agenda as of this day instead of today
  --json                print one JSON object: { today, items, problems }
  --no-cache            read every note, neither using nor updating the cache
                        ($XDG_CACHE_HOME/followups, else ~/.cache/followups)

Notes with a \`followup\` key in their frontmatter are contacts. Settings come from
.followups.json in the vault, else the plugin's data.json, else the defaults.
Exit status: 0 (also when some notes have problems: see \`followups check\`), 2 bad usage.`,
  options: { today: { type: 'string' }, json: { type: 'boolean' }, 'no-cache': { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  run(args) {
    const today = todayFrom(stringFlag(args, 'today'), (m) => usageError(m, seeHelp(agendaCommand)));
    const vault = readVault(vaultArgument(args.positionals[0] ?? ''), { cache: !booleanFlag(args, 'no-cache') });
    const json = booleanFlag(args, 'json');
    const palette = paletteFor(process.stdout, process.env);
    // The output is a function of the notes, the settings (and their problems), the day and
    // these flags (and the code, which the cache checks itself).
    const key = JSON.stringify(['agenda', vault.settings, vault.settingsProblems, today, json, palette.bold('x') !== 'x']);
    const cached = vault.cachedOutput(key);
    if (cached !== null) {
      process.stdout.write(cached);
      return 0;
    }
    // Settings problems are listed with the notes' (path = the settings file).
    const agenda = buildAgenda([{ ok: false, problems: vault.settingsProblems }, ...vault.reads], vault.settings, today);
    const out = json ? `${JSON.stringify(agendaToJson(agenda), null, 2)}\n` : agendaText(agenda, palette);
    process.stdout.write(out);
    vault.saveCache([key, out]);
    return 0;
  },
};
