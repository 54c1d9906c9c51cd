/**
 * The start-up output path (src/cli/startup/std-streams.ts): `--help`, `--version`, errors and
 * tone write a pipe or a file straight to its file descriptor, without Node's stream objects.
 * The bytes must be the ones the stream wrote: the same through a pipe and a file, control
 * characters escaped, and a reader that went away ends the run quietly. (The commands that
 * still use the stream, guarded on first use, are covered by terminal-escapes.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, useBuiltCli } from './cli-harness';

useBuiltCli();

const dir = mkdtempSync(join(tmpdir(), 'followups-startup-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const text = join(dir, 'draft.txt');
writeFileSync(text, "Hi Jane,\nYou haven't answered my email. As I said before, I need an answer ASAP!\n");

const env = { ...process.env, COLUMNS: '60' };
/** Through pipes (spawnSync), and through files (the shell's redirections). */
function bothWays(args: string[]): { pipe: { code: number | null; stdout: string; stderr: string }; file: { code: number | null; stdout: string; stderr: string } } {
  const p = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env });
  const out = join(dir, 'out.txt');
  const err = join(dir, 'err.txt');
  const f = spawnSync('sh', ['-c', `"$0" "$@" > '${out}' 2> '${err}'`, process.execPath, CLI, ...args], { encoding: 'utf8', env });
  return { pipe: { code: p.status, stdout: p.stdout, stderr: p.stderr }, file: { code: f.status, stdout: readFileSync(out, 'utf8'), stderr: readFileSync(err, 'utf8') } };
}

describe('start-up output without streams', () => {
  it.each([[['--help']], [['help', 'tone']], [['tone', '--help']], [['--version']], [['tone', text]], [['tone', text, '--json']], [['nope']], [['tone', '--lang', 'xx']], [[]]])('%j is the same through a pipe and a file', (args) => {
    const { pipe, file } = bothWays(args);
    expect(file).toEqual(pipe);
    expect(pipe.stdout + pipe.stderr).not.toBe('');
  });

  it('fits the help to COLUMNS and ends every line', () => {
    const { pipe } = bothWays(['--help']);
    expect(pipe.stdout.endsWith('\n')).toBe(true);
    for (const line of pipe.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });

  it('escapes control characters in what it writes straight to the descriptor', () => {
    const { pipe, file } = bothWays(['tone', join(dir, 'evil\u001b]0;title\u0007.txt')]);
    for (const r of [pipe, file]) {
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('evil\\u001b]0;title\\u0007.txt');
      expect([r.stderr.includes('\u001b'), r.stderr.includes('\u0007')]).toEqual([false, false]);
    }
  });

  it('ends quietly, status 0, when the reader has gone away', () => {
    const calm = join(dir, 'calm.txt');
    writeFileSync(calm, 'Thanks so much!\n');
    // `true` exits at once, so the write almost always meets a closed pipe (EPIPE); either way
    // (both runs exit 0 when the reader stays) the status is 0 and nothing is said.
    for (const args of [['--help'], ['--version'], ['tone', calm]]) {
      const r = spawnSync('bash', ['-c', '"$0" "$@" | true; echo "${PIPESTATUS[0]}"', process.execPath, CLI, ...args], { encoding: 'utf8', env });
      expect([r.stdout, r.stderr]).toEqual(['0\n', '']);
    }
  });
});
