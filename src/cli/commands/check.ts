/** `followups check <vault>`: every note that cannot be used, one line each; exit 1 when any. */
import { buildAgenda } from '../../core/agenda';
import { booleanFlag, type CommandSpec } from '../command-spec';
import { terminalWidth, wrapText } from '../output/fit-width';
import { showControls } from '../output/terminal-text';
import { clockToday } from '../today-flag';
import { contactDraftProblems } from '../../core/drafts';
import { templateFolderProblems } from '../vault/load-user-templates';
import { readVault } from '../vault/read-vault';
import { vaultArgument } from './vault-argument';

export const checkCommand: CommandSpec = {
  name: 'check',
  usage: 'followups check [<vault>]',
  details: `Arguments:
  <vault>       a folder of Markdown notes (default: the vault around the current
                folder, found upward by its .obsidian folder or .followups.json)

Options:
  --no-cache    read every note, neither using nor updating the cache

Prints one line per problem: the note, the property, and what was expected.
A note with problems is never written to until it is fixed.
Exit status: 0 no problems, 1 problems found, 2 bad usage.`,
  options: { 'no-cache': { type: 'boolean' } },
  positionals: { min: 0, max: 1 },
  run(args) {
    const root = vaultArgument(args.positionals[0]);
    const vault = readVault(root, { cache: !booleanFlag(args, 'no-cache') });
    const { settings, settingsProblems, reads } = vault;
    vault.saveCache();
    // Planned too: a note can read fine and still have no next follow-up (a day past 9999-12-31).
    // Readable notes can still carry hooks that drafts must leave out; template notes are checked too.
    const drafted = [...reads.flatMap((r) => (r.ok ? contactDraftProblems(r.contact) : [])), ...templateFolderProblems(root, settings.templatesFolder)];
    const noteProblems = [...buildAgenda(reads, settings, clockToday()).problems, ...drafted].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const problems = [...settingsProblems, ...noteProblems];
    const width = terminalWidth(process.stdout, process.env);
    for (const p of problems) process.stdout.write(`${wrapText(`${showControls(p.path)}: ${showControls(p.key)}: ${showControls(p.message)}`, width)}\n`);
    const notes = reads.length;
    const summary =
      problems.length === 0
        ? `No problems in ${notes} follow-up note${notes === 1 ? '' : 's'}.`
        : `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${notes} follow-up note${notes === 1 ? '' : 's'}.`;
    process.stdout.write(`${summary}\n`);
    return problems.length === 0 ? 0 : 1;
  },
};
