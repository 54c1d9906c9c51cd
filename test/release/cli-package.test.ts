/**
 * The CLI as people install it: `npm pack` then installing the tarball, and `npm install -g .`
 * from a fresh clone, each into a temp prefix, must give a `followups` that runs.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'pp-package-'));
// The clone's node_modules is large: removing it can take a while on a busy machine.
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

// npm's own variables (this test may run under `npm test`) would leak into the child npm.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')));
const npm = (args: string[], cwd: string): string => execFileSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const followups = (prefix: string, args: string[]): string => execFileSync(join(prefix, 'bin', 'followups'), args, { encoding: 'utf8', env });

describe('the packaged CLI', () => {
  let tarball = '';

  it('npm pack ships the built CLI, its licence and docs, and no tests or sources', () => {
    // --ignore-scripts: `npm test` has just built dist/; a rebuild here would race the other tests reading it.
    const out = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], root);
    const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
    tarball = join(work, info?.filename ?? '');
    const files = (info?.files ?? []).map((f) => f.path).sort();
    // The bin and the two files it loads commands from (esbuild.config.mjs).
    expect(files).toEqual(expect.arrayContaining(['dist/followups.cjs', 'dist/followups-notes.cjs', 'dist/followups-tone.cjs']));
    expect(files).toContain('LICENSE');
    expect(files.filter((f) => /^(test|src|bench|examples)\//.test(f))).toEqual([]);
    expect(files.length).toBeLessThan(15);
  }, 120_000);

  it('installs from the tarball into a prefix and runs', () => {
    const prefix = join(work, 'from-tarball');
    npm(['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', tarball], work);
    expect(followups(prefix, ['--help'])).toContain('usage: followups');
    const agenda = followups(prefix, ['agenda', join(root, 'examples', 'vault'), '--today', '2026-11-25']);
    expect(agenda).toContain('Jane Doe');
    const kind = join(work, 'kind.txt');
    writeFileSync(kind, 'Hi Jane, I hope your week is going well.\n');
    expect(followups(prefix, ['tone', kind])).toBe('No accusatory or pushy phrases found.\n');
  }, 180_000);

  it('installs with `npm install -g .` from a fresh clone (no node_modules, no dist) and runs', () => {
    const clone = join(work, 'clone');
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
    for (const file of tracked) {
      mkdirSync(dirname(join(clone, file)), { recursive: true });
      try {
        cpSync(join(root, file), join(clone, file));
      } catch {
        // A tracked file deleted in the working tree is not part of the clone either.
      }
    }
    expect(readdirSync(clone)).not.toContain('node_modules');
    const prefix = join(work, 'from-clone');
    npm(['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', '.'], clone);
    expect(followups(prefix, ['--help'])).toContain('usage: followups');
  }, 600_000);
});
