/** `followups check <vault>`: every note that cannot be used, one line each; exit 1 when any. */
import type { CommandSpec } from '../command-spec';
import { contactDraftProblems } from '../../core/drafts';
import { templateFolderProblems } from '../vault/load-user-templates';
import { readVault } from '../vault/read-vault';

export const checkCommand: CommandSpec = {
  name: 'check',
  summary: 'list notes whose follow-up properties cannot be read; exit 1 when there are any',
  usage: 'followups check <vault>',
  details: `Arguments:
  <vault>   a folder of Markdown notes

Prints one line per problem: the note, the property, and what was expected.
A note with problems is never written to until it is fixed.
Exit status: 0 no problems, 1 problems found, 2 bad usage.`,
  options: {},
  positionals: { min: 1, max: 1 },
  run(args) {
    const root = args.positionals[0] ?? '';
    const { reads, settings } = readVault(root);
    // Readable notes can still carry hooks that drafts must leave out; template notes are checked too.
    const drafted = [...reads.flatMap((r) => (r.ok ? contactDraftProblems(r.contact) : [])), ...templateFolderProblems(root, settings.templatesFolder)];
    const problems = [...reads.flatMap((r) => (r.ok ? [] : r.problems)), ...drafted].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const p of problems) process.stdout.write(`${p.path}: ${p.key}: ${p.message}\n`);
    const notes = reads.length;
    const summary =
      problems.length === 0
        ? `No problems in ${notes} follow-up note${notes === 1 ? '' : 's'}.`
        : `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${notes} follow-up note${notes === 1 ? '' : 's'}.`;
    process.stdout.write(`${summary}\n`);
    return problems.length === 0 ? 0 : 1;
  },
};
