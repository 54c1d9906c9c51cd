/** `followups tone [<file>] [--lang en|sv] [--json]`: the tone check of rule 1 on any text. */
import { readFileSync } from 'node:fs';
import { checkTone, MAX_TONE_FINDINGS, type ToneFinding } from '../../core/tone';
import { CliError, EXIT_USAGE, usageError } from '../cli-error';
import { booleanFlag, stringFlag, type CommandSpec } from '../command-spec';
import { wrapText } from '../output/fit-width';
import { seeHelp } from '../parse-command-args';
import { readStdin } from '../read-stdin';
import { outputWidth, writeOutput } from '../startup/std-streams';
import { reason } from '../vault/walk-vault';

export const toneCommand: CommandSpec = {
  name: 'tone',
  usage: 'followups tone [<file>] [--lang en|sv] [--json]',
  details: `Arguments:
  <file>         the text to check; without it, the text piped to stdin

Options:
  --lang en|sv   the language of sentences that do not show their own (default: en);
                 each finding is explained in its sentence's language
  --json         print { findings: [ { phrase, index, category, language, why, suggestion } ] }

At most ${MAX_TONE_FINDINGS} findings are listed. Exit status: 0 nothing found, 1 findings, 2 bad usage.`,
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
      text = file === undefined ? readStdin() : readFileSync(file, 'utf8');
    } catch (error) {
      throw new CliError(`cannot read ${file ?? 'stdin'}: ${reason(error)}`, EXIT_USAGE);
    }
    const findings = checkTone(text, lang);
    if (booleanFlag(args, 'json')) {
      const shaped = findings.map(({ phrase, index, category, language, why, suggestion }) => ({ phrase, index, category, language, why, suggestion }));
      writeOutput('stdout', `${JSON.stringify({ findings: shaped }, null, 2)}\n`);
    } else writeOutput('stdout', wrapText(toneText(text, findings), outputWidth('stdout')));
    return findings.length === 0 ? 0 : 1;
  },
};

function toneText(text: string, findings: readonly ToneFinding[]): string {
  if (findings.length === 0) return 'No accusatory or pushy phrases found.\n';
  // Line starts found once, so a long text with many findings stays linear.
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  let line = 0;
  const lines = findings.map((f) => {
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? Infinity) <= f.index) line++;
    const column = f.index - (lineStarts[line] ?? 0) + 1;
    const phrase = f.phrase.replace(/\s+/g, ' ');
    return `${line + 1}:${column}  "${phrase}" (${f.category}): ${f.why}\n      ${f.language === 'sv' ? 'Prova' : 'Try'}: ${f.suggestion}`;
  });
  const n = findings.length;
  const capped = n >= MAX_TONE_FINDINGS ? ` (the first ${MAX_TONE_FINDINGS}; there may be more)` : '';
  return `${lines.join('\n')}\n${n} phrase${n === 1 ? '' : 's'} to reconsider${capped}.\n`;
}
