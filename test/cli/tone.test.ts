import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTone, MAX_TONE_FINDINGS } from '../../src/core/tone';
import { CLI, followups, tempVault, useBuiltCli } from './cli-harness';

useBuiltCli();

const KEYS = ['category', 'index', 'language', 'phrase', 'suggestion', 'why'];

describe('tone', () => {
  it('reads stdin, reports the core findings as JSON with exactly their keys, exit 1', () => {
    const input = 'Hi Jane,\nYou haven’t answered my email.';
    const r = followups(['tone', '--json'], { input });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { findings: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(['findings']);
    for (const f of json.findings) expect(Object.keys(f).sort()).toEqual(KEYS);
    expect(json.findings).toEqual(checkTone(input, 'en'));
    expect(json.findings[0]).toMatchObject({ phrase: 'You haven’t answered', index: 9, category: 'blame', language: 'en' });
  });

  it('reads stdin as a stream: a slow writer in a pipe is waited for, not an EAGAIN error', () => {
    // Node makes its stdout pipe non-blocking, so the reader's end of the pipe is too.
    const writer = `setTimeout(() => process.stdout.write('Hi Jane,\\n'), 300); setTimeout(() => process.stdout.write("You haven't answered my email.\\n"), 900);`;
    const r = spawnSync('sh', ['-c', `"${process.execPath}" -e "$WRITER" | "${process.execPath}" "${CLI}" tone --json`], {
      env: { ...process.env, WRITER: writer },
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as { findings: unknown[] }).findings).toEqual(checkTone("Hi Jane,\nYou haven't answered my email.\n", 'en'));
  });

  it('points at line and column in a file, explains Swedish in Swedish, and passes kind text with exit 0', () => {
    const dir = tempVault(null);
    writeFileSync(join(dir, 'draft.txt'), 'Hej Anna,\n\nDu har inte svarat på mitt mejl.\n');
    const r = followups(['tone', join(dir, 'draft.txt'), '--lang', 'sv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^3:1 {2}"Du har inte svarat" \(blame\): "Du har inte svarat" pekar ut vad mottagaren inte har gjort/);
    expect(r.stdout).toContain('\n      Prova: Jag vet hur fulla inkorgarna kan bli. När du har en stund hör jag gärna vad du tycker om mitt mejl.\n');
    const kind = followups(['tone', '--json'], { input: 'Hi Jane, I hope your week is going well.' });
    expect([kind.code, JSON.parse(kind.stdout)]).toEqual([0, { findings: [] }]);
    expect(followups(['tone'], { input: 'Thanks so much!' })).toEqual({ code: 0, stdout: 'No accusatory or pushy phrases found.\n', stderr: '' });
  });

  it(`lists at most ${MAX_TONE_FINDINGS} findings of a huge text, and says so`, () => {
    const r = followups(['tone'], { input: '!! '.repeat(120 * 1024) });
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(`${MAX_TONE_FINDINGS} phrases to reconsider (the first ${MAX_TONE_FINDINGS}; there may be more).`);
  });

  it('fits the terminal at 80 and 40 columns: wrapped at spaces, nothing lost, every line:column on its phrase', () => {
    const text =
      'Hi Jane,\n\nI wanted to follow up once more on the role we discussed last month, since you haven’t answered my email and I am sure you are busy. As I said before, I need an answer by Friday.\n' +
      'Hej Anna, du har inte svarat på mitt mejl. Jag behöver ett svar senast i morgon.\n';
    const dir = tempVault(null);
    writeFileSync(join(dir, 'draft.txt'), text);
    const run = (columns: number): string[] => followups(['tone', join(dir, 'draft.txt')], { columns }).stdout.trimEnd().split('\n');
    // A finding's header, its suggestion and the summary start logical lines; the rest continue one.
    const logical = (lines: readonly string[]): string[] =>
      lines.reduce<string[]>((out, l) => (/^(\d+:\d+ {2}"| {6}(Try|Prova): |\d+ phrases? to reconsider)/.test(l) ? [...out, l] : [...out.slice(0, -1), `${out.at(-1) ?? ''} ${l.trimStart()}`]), []);
    const wide = run(1000);
    expect(wide).toHaveLength(2 * checkTone(text, 'en').length + 1);
    // Each header's line and column point at its phrase in the text (whitespace as printed).
    const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
    const headers = wide.flatMap((l) => [...l.matchAll(/^(\d+):(\d+) {2}"([^"]+)"/g)]);
    expect(headers.map((m) => m[3])).toEqual(checkTone(text, 'en').map((f) => f.phrase));
    for (const [, line, column, phrase = ''] of headers) {
      const at = (lineStarts[Number(line) - 1] ?? NaN) + Number(column) - 1;
      expect(text.slice(at, at + phrase.length)).toBe(phrase);
    }
    for (const columns of [80, 40]) {
      const lines = run(columns);
      expect(lines.filter((l) => [...l].length > columns)).toEqual([]);
      expect(lines.length).toBeGreaterThan(wide.length);
      // Rejoined at the breaks, the same text: no word was cut, no finding moved.
      expect(logical(lines).map((l) => l.replace(/ +/g, ' '))).toEqual(wide.map((l) => l.replace(/ +/g, ' ')));
      expect(lines.filter((l) => /^\d+:\d+ {2}"/.test(l)).map((l) => l.split('"')[0])).toEqual(headers.map((m) => `${m[1]}:${m[2]}  `));
    }
  });

  it('says which file it cannot read (exit 2)', () => {
    const r = followups(['tone', 'no-such-draft.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('followups: cannot read no-such-draft.txt: not found (a broken link?)\n');
  });
});
