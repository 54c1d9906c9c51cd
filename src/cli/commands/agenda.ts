/** `followups agenda [<vault>] [--today YYYY-MM-DD] [--context C] [--bucket B] [--json]` */
import { agendaToJson, buildAgenda, filterAgenda } from '../../core/agenda';
import type { Bucket } from '../../core/types';
import { usageError } from '../cli-error';
import { booleanFlag, stringFlag, type CommandSpec } from '../command-spec';
import { agendaText } from '../output/agenda-text';
import { paletteFor } from '../output/colour';
import { terminalWidth } from '../output/fit-width';
import { seeHelp } from '../parse-command-args';
import { todayFrom } from '../today-flag';
import { planningSettings } from '../planning-settings';
import { readVault } from '../vault/read-vault';
import { vaultArgument } from './vault-argument';

const BUCKETS: readonly Bucket[] = ['overdue', 'today', 'week', 'later'];

export const agendaCommand: CommandSpec = {
  name: 'agenda',
  usage: 'followups agenda [<vault>] [--today YYYY-MM-DD] [--context C] [--bucket B] [--json]',
  details: `Arguments:
  <vault>               a folder of Markdown notes (an Obsidian vault or any folder);
                        default: the vault around the current folder, found upward by
                        its .obsidian folder or .followups.json

Options:
  --today YYYY-MM-DD    show the agenda as of this day instead of today
  --context C           only contacts whose \`context\` is C (job, sales, networking, ...)
  --bucket B            only what is due in B: overdue, today, week or later
  --json                print one JSON object: { schemaVersion, today, items, problems }
                        (a stable contract: see docs/cli.md)
  --no-cache            read every note, neither using nor updating the cache
                        ($XDG_CACHE_HOME/followups, else ~/.cache/followups)

Notes with a \`followup\` key in their frontmatter are contacts. Settings come from
.followups.json in the vault, else the plugin's data.json, else the defaults. Filters
never hide a problem.
Exit status: 0 (also when some notes have problems: see \`followups check\`), 2 bad usage.`,
  options: { today: { type: 'string' }, json: { type: 'boolean' }, context: { type: 'string' }, bucket: { type: 'string' }, 'no-cache': { type: 'boolean' } },
  positionals: { min: 0, max: 1 },
  run(args) {
    const bad = (m: string): Error => usageError(m, seeHelp(agendaCommand));
    const today = todayFrom(stringFlag(args, 'today'), bad);
    const bucket = stringFlag(args, 'bucket');
    if (bucket !== undefined && !BUCKETS.includes(bucket as Bucket)) throw bad(`agenda: --bucket should be ${BUCKETS.join(', ')}; got "${bucket}"`);
    const filter = { context: stringFlag(args, 'context'), bucket: bucket as Bucket | undefined };
    const vault = readVault(vaultArgument(args.positionals[0]), { cache: !booleanFlag(args, 'no-cache') });
    const json = booleanFlag(args, 'json');
    const palette = paletteFor(process.stdout, process.env);
    const width = terminalWidth(process.stdout, process.env);
    // The output is a function of the notes, the settings (and their problems), the day and
    // these flags, the filters and the width (and the code, which the cache checks itself).
    // What the history teaches (suggestFromHistory) derives from the notes, which the cache
    // already checks, and from `suggestFromHistory` and `askAfter`, which are in the settings.
    const key = JSON.stringify(['agenda', vault.settings, vault.settingsProblems, today, json, palette.bold('x') !== 'x', filter, json ? 0 : width]);
    // Per-note parts hold while a note's plan depends on that note alone; with the history lean
    // every plan depends on every note's history, so the whole agenda is planned again.
    if (json && !vault.settings.suggestFromHistory) {
      // Built from per-note parts (cached per note): one edited note is one note's work.
      process.stdout.write(vault.agendaJson(key, today, filter));
      vault.saveCache();
      return 0;
    }
    const cached = vault.cachedOutput(key);
    if (cached !== null) {
      process.stdout.write(cached);
      return 0;
    }
    // Settings problems are listed with the notes' (path = the settings file).
    const all = buildAgenda([{ ok: false, problems: vault.settingsProblems }, ...vault.reads], planningSettings(vault), today);
    const agenda = filterAgenda(all, filter);
    const out = json ? `${JSON.stringify(agendaToJson(agenda), null, 2)}\n` : agendaText(agenda, palette, width);
    process.stdout.write(out);
    vault.saveCache([key, out]);
    return 0;
  },
};
