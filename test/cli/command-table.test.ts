/**
 * The command table (src/cli/commands/index.ts) and the lazy loading it buys: every entry loads
 * the command it names, and the built bin answers `--help` without the files holding the
 * commands, so start-up compiles none of them (bench/cli.mjs measures the time).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands';
import { CLI, EXAMPLE_VAULT, useBuiltCli } from './cli-harness';

useBuiltCli();

const alone = mkdtempSync(join(tmpdir(), 'followups-bin-alone-'));
afterAll(() => rmSync(alone, { recursive: true, force: true }));

const run = (bin: string, args: string[]): { code: number | null; stdout: string; stderr: string } => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input: 'Thanks so much!\n' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('the command table', () => {
  it('lists each command once, and each entry loads the command it names', async () => {
    const names = COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(['agenda', 'draft', 'start', 'sent', 'reply', 'replied', 'stop', 'pause', 'resume', 'snooze', 'check', 'tone', 'ics', 'stats']);
    for (const entry of COMMANDS) expect((await entry.load()).name).toBe(entry.name);
  });

  it('the built bin alone answers --help; tone needs only its own file; the rest need the notes file', () => {
    const bin = join(alone, 'followups.cjs');
    copyFileSync(CLI, bin);
    const help = run(bin, ['--help']);
    expect([help.code, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toBe(run(CLI, ['--help']).stdout);
    expect(run(bin, ['nope']).code).toBe(2);
    // Without the command files the bin fails loudly, naming the file it could not load.
    expect(run(bin, ['tone']).stderr).toContain('followups-tone.cjs');
    expect(run(bin, ['agenda', EXAMPLE_VAULT]).stderr).toContain('followups-notes.cjs');

    copyFileSync(join(CLI, '..', 'followups-tone.cjs'), join(alone, 'followups-tone.cjs'));
    expect(run(bin, ['tone'])).toEqual({ code: 0, stdout: 'No accusatory or pushy phrases found.\n', stderr: '' });
    expect(run(bin, ['stop', '--help']).stderr).toContain('followups-notes.cjs');
  });
});
