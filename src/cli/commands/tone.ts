/** `followups tone [<file>] [--lang en|sv] [--json]`: the tone check of rule 1 on any text. */
import { readFileSync } from 'node:fs';
import { checkTone, type ToneFinding } from '../../core/tone';
import { CliError, EXIT_USAGE, usageError } from '../cli-error';
import { booleanFlag, stringFlag, type CommandSpec } from '../command-spec';
import { seeHelp } from '../parse-command-args';
import { reason } from '../vault/walk-vault';

export const toneCommand: CommandSpec = {
  name: 'tone',
  summary: 'check a text for accusatory or pushy phrases (reads stdin without a file)',
  usage: 'followups tone [<file>] [--lang en|sv] [--json]',
  details: `Arguments:
  <file>         the text to check; without it, the text piped to stdin

Options:
  --lang en|sv   the language of the text (default: en)
  --json         print { findings: [ { phrase, index, why, suggestion } ] }

Exit status: 0 nothing found, 1 findings, 2 bad usage.`,
  options: { lang: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 0, max: 1 },
  run(args) {
    const lang = stringFlag(args, 'lang') ?? 'en';
    if (lang !== 'en' && lang !== 'sv') throw usageError(`tone: --lang should be en or sv; got "${lang}"`, seeHelp(toneCommand));
    const file = args.positionals[0];
    if (file === undefined && process.stdin.isTTY === true) {
      throw usageError('tone: give a file, or pipe the text in', seeHelp(toneCommand));
    }
    let text: string;
    try {
      text = readFileSync(file ?? 0, 'utf8');
    } catch (error) {
      throw new CliError(`cannot read ${file ?? 'stdin'}: ${reason(error)}`, EXIT_USAGE);
    }
    const findings = checkTone(text, lang);
    if (booleanFlag(args, 'json')) {
      const shaped = findings.map(({ phrase, index, why, suggestion }) => ({ phrase, index, why, suggestion }));
      process.stdout.write(`${JSON.stringify({ findings: shaped }, null, 2)}\n`);
    } else process.stdout.write(toneText(text, findings));
    return findings.length === 0 ? 0 : 1;
  },
};

function toneText(text: string, findings: readonly ToneFinding[]): string {
  if (findings.length === 0) return 'No accusatory or pushy phrases found.\n';
  const lines = findings.map((f) => {
    const before = text.slice(0, f.index);
    const line = before.split('\n').length;
    const column = f.index - before.lastIndexOf('\n');
    return `${line}:${column}  "${f.phrase}": ${f.why}\n      ${f.suggestion}`;
  });
  const n = findings.length;
  return `${lines.join('\n')}\n${n} phrase${n === 1 ? '' : 's'} to reconsider.\n`;
}
