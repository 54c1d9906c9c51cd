/** `followups check <vault>`: every note that cannot be used, one line each; exit 1 when any. */
import { booleanFlag, type CommandSpec } from '../command-spec';
import { readVault } from '../vault/read-vault';

export const checkCommand: CommandSpec = {
  name: 'check',
  summary: 'list notes whose follow-up properties cannot be read; exit 1 when there are any',
  usage: 'followups check <vault>',
  details: `Arguments:
  <vault>       a folder of Markdown notes

Options:
  --no-cache    read every note, neither using nor updating the cache

Prints one line per problem: the note, the property, and what was expected.
A note with problems is never written to until it is fixed.
Exit status: 0 no problems, 1 problems found, 2 bad usage.`,
  options: { 'no-cache': { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  run(args) {
    const vault = readVault(args.positionals[0] ?? '', { cache: !booleanFlag(args, 'no-cache') });
    const reads = vault.reads;
    vault.saveCache();
    const problems = reads.flatMap((r) => (r.ok ? [] : r.problems)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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
