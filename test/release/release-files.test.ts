/**
 * What a release needs besides the code: the licence, the licence notices of bundled code, and
 * the scripts that keep package.json, manifest.json and versions.json on one version.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const readJson = (dir: string, file: string): Record<string, unknown> => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A temp folder holding copies of the three version files. */
function versionFiles(version: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pp-version-'));
  dirs.push(dir);
  for (const f of ['manifest.json', 'versions.json']) cpSync(join(root, f), join(dir, f));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...readJson(root, 'package.json'), version }, null, 2));
  return dir;
}

function run(script: string, args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, [join(root, '.ci', script), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status: number; stderr: string };
    return { code: err.status, out: err.stderr };
  }
}

describe('licence', () => {
  it('LICENSE is the MIT licence package.json names', () => {
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(readJson(root, 'package.json').license).toBe('MIT');
  });

  it('the plugin bundle carries the licence notice of yaml, the library it includes', () => {
    const main = readFileSync(join(root, 'main.js'), 'utf8');
    const notice = main.slice(main.lastIndexOf('/*! Third-party code in this file'));
    expect(notice).toMatch(/yaml \d+\.\d+\.\d+ \(ISC\)/);
    expect(notice).toContain('Copyright Eemeli Aro');
    expect(notice).toContain('this permission notice appear in all copies');
  });

  it('each file of the CLI lists every package it took code from, each with licence text', () => {
    const files = readdirSync(join(root, 'dist')).filter((f) => /^followups.*\.cjs$/.test(f));
    expect(files).toEqual(expect.arrayContaining(['followups.cjs', 'followups-notes.cjs', 'followups-tone.cjs']));
    const listed = new Set<string>();
    for (const file of files) {
      const cli = readFileSync(join(root, 'dist', file), 'utf8');
      const notice = cli.includes('/*! Third-party code in this file') ? cli.slice(cli.lastIndexOf('/*! Third-party code in this file')) : '';
      const names = [...notice.matchAll(/^(\S+) \d+\.\d+\.\d+ \(([^)]+)\)$/gm)].map((m) => m[1] ?? '');
      // esbuild names each bundled file in a comment: every package seen there is listed.
      const used = new Set([...cli.matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)].map((m) => m[1] ?? ''));
      expect([file, names.sort()]).toEqual([file, [...used].sort()]);
      for (const name of names) expect(readJson(join(root, 'node_modules', name), 'package.json').license).toBeTruthy();
      for (const name of names) listed.add(name);
    }
    expect(listed).toContain('yaml');
  });
});

describe('version scripts', () => {
  it('version-bump gives manifest.json the new version and maps it in versions.json', () => {
    const dir = versionFiles('0.4.2');
    expect(run('version-bump.mjs', ['--dir', dir]).code).toBe(0);
    const manifest = readJson(dir, 'manifest.json');
    expect(manifest.version).toBe('0.4.2');
    expect(readJson(dir, 'versions.json')['0.4.2']).toBe(manifest.minAppVersion);
    // Older entries stay: Obsidian users on old app versions still find a release they can run.
    expect(Object.keys(readJson(dir, 'versions.json'))).toEqual(expect.arrayContaining(Object.keys(readJson(root, 'versions.json'))));
  });

  it('version-bump refuses a pre-release version, which Obsidian cannot order', () => {
    const dir = versionFiles('0.5.0-beta.1');
    const r = run('version-bump.mjs', ['--dir', dir]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('expected x.y.z');
    expect(readJson(dir, 'manifest.json').version).toBe(readJson(root, 'manifest.json').version);
  });

  it('check-version passes on a bumped tree and names each file that disagrees with the tag', () => {
    const dir = versionFiles('0.4.2');
    run('version-bump.mjs', ['--dir', dir]);
    expect(run('check-version.mjs', ['0.4.2', '--dir', dir]).code).toBe(0);
    const wrong = run('check-version.mjs', ['0.4.3', '--dir', dir]);
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain('package.json says 0.4.2');
    expect(wrong.out).toContain('manifest.json says 0.4.2');
    expect(wrong.out).toContain('versions.json has no entry for 0.4.3');
    expect(run('check-version.mjs', ['v0.4.2', '--dir', dir]).out).toContain('starts with "v"');
  });

  it('the repository itself is on one version', () => {
    const version = readJson(root, 'package.json').version as string;
    expect(run('check-version.mjs', [version, '--dir', root]).code).toBe(0);
  });
});
