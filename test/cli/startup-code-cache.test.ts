/**
 * `tone`'s code cache (src/cli/startup/code-cache.ts): it lives in the CLI's cache folder, is
 * used only for the very bundle it was made from, and a damaged, foreign or unwritable cache
 * changes nothing but speed. Whether V8 took the cache is seen without any clock: a cache it
 * takes is left as it is, one it cannot use is written again.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheBytes, cachedCode, codeCacheDir, isPrivateDir } from '../../src/cli/startup/code-cache';
import { CLI, useBuiltCli } from './cli-harness';

useBuiltCli();

const root = mkdtempSync(join(tmpdir(), 'followups-code-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;
const fresh = (): string => {
  const dir = join(root, `home-${folders++}`);
  mkdirSync(dir);
  return dir;
};

const TEXT = "Hi Jane,\nYou haven't answered my email. As I said before, I need an answer ASAP!\n";
const textFile = join(root, 'draft.txt');
writeFileSync(textFile, TEXT);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}
const tone = (env: Record<string, string | undefined>, bin = CLI, args = [textFile]): Run => {
  const r = spawnSync(process.execPath, [bin, 'tone', ...args], { encoding: 'utf8', env: { ...process.env, COLUMNS: '80', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
/** The code cache files in a cache home, by name. */
const cacheFiles = (home: string): string[] => {
  try {
    return readdirSync(join(home, 'followups'));
  } catch {
    return [];
  }
};
const onlyCache = (home: string): string => {
  const names = cacheFiles(home);
  expect(names).toHaveLength(1);
  expect(names[0]).toMatch(/^code-followups-tone\.cjs-v\d+\.\d+\.\d+-[a-z0-9]+-[a-z0-9]+-[a-z0-9]+\.v8$/);
  return join(home, 'followups', names[0] ?? '');
};

// The reference: the bundle compiled without any cache (no cache folder at all), once built.
let reference: Run;
let referenceJson: Run;
beforeAll(() => {
  reference = tone({ XDG_CACHE_HOME: undefined, HOME: undefined });
  referenceJson = tone({ XDG_CACHE_HOME: undefined, HOME: undefined }, CLI, [textFile, '--json']);
});

describe('the code cache of the tone file', () => {
  it('finds something in the reference text, so the outputs compared below say something', () => {
    expect(reference.code).toBe(1);
    expect(reference.stdout).toContain("You haven't answered");
    expect(JSON.parse(referenceJson.stdout)).toHaveProperty('findings.0.category', 'blame');
  });

  it('is written in $XDG_CACHE_HOME/followups on the first run and then used as it is, output unchanged', () => {
    const home = fresh();
    expect(tone({ XDG_CACHE_HOME: home })).toEqual(reference);
    const file = onlyCache(home);
    const made = readFileSync(file);
    expect(statSync(join(home, 'followups')).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    for (let i = 0; i < 3; i++) expect(tone({ XDG_CACHE_HOME: home })).toEqual(reference);
    expect(tone({ XDG_CACHE_HOME: home }, CLI, [textFile, '--json'])).toEqual(referenceJson);
    // Taken by V8, so never written again: the same bytes.
    expect(readFileSync(file).equals(made)).toBe(true);
  });

  it('without XDG_CACHE_HOME (or with a relative one) lives in ~/.cache/followups', () => {
    const home = fresh();
    expect(tone({ XDG_CACHE_HOME: 'relative/cache', HOME: home })).toEqual(reference);
    expect(cacheFiles(join(home, '.cache'))).toHaveLength(1);
    expect(codeCacheDir({ XDG_CACHE_HOME: '', HOME: '/h' })).toBe(join('/h', '.cache', 'followups'));
    expect(codeCacheDir({ XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe(join('/x', 'followups'));
    expect(codeCacheDir({})).toBeUndefined();
  });

  it('a damaged cache is ignored and written again: garbage, empty, truncated, a flipped byte in either copy of the code', () => {
    const home = fresh();
    tone({ XDG_CACHE_HOME: home });
    const file = onlyCache(home);
    const good = readFileSync(file);
    const flipped = (at: number): Buffer => {
      const bad = Buffer.from(good);
      bad[at] = (bad[at] ?? 0) ^ 0x5a;
      return bad;
    };
    const codeLength = good.readUInt32LE(good.indexOf('\n') + 5);
    const damaged = {
      garbage: Buffer.from('not a cache at all'),
      empty: Buffer.alloc(0),
      truncated: good.subarray(0, good.length - 100),
      // A flipped byte in the compiled code: V8 does not check it and would crash on it.
      'first copy': flipped(good.length - codeLength - 1000),
      'second copy': flipped(good.length - 1000),
      'the bundle copy': flipped(100),
    };
    for (const [what, bytes] of Object.entries(damaged)) {
      writeFileSync(file, bytes);
      expect(tone({ XDG_CACHE_HOME: home }), what).toEqual(reference);
      const again = readFileSync(file);
      expect(again.equals(bytes), what).toBe(false);
      expect(cachedCode(again, readFileSync(join(CLI, '..', 'followups-tone.cjs'))), what).toBeDefined();
    }
  });

  it('is never used for another bundle, even one of the same length', () => {
    const home = fresh();
    tone({ XDG_CACHE_HOME: home });
    // A copy of the CLI whose tone file differs in one word, same length (V8 itself checks only the length).
    const dir = join(root, 'other-build');
    mkdirSync(dir);
    copyFileSync(CLI, join(dir, 'followups.cjs'));
    const original = readFileSync(join(CLI, '..', 'followups-tone.cjs'), 'utf8');
    const changed = original.replace('No accusatory or pushy phrases found.', 'No accusatory or pushy phrases FOUND.');
    expect(changed).not.toBe(original);
    writeFileSync(join(dir, 'followups-tone.cjs'), changed);
    const calm = join(root, 'calm.txt');
    writeFileSync(calm, 'Thanks so much!\n');
    expect(tone({ XDG_CACHE_HOME: home }, join(dir, 'followups.cjs'), [calm])).toEqual({ code: 0, stdout: 'No accusatory or pushy phrases FOUND.\n', stderr: '' });
    // And back: the first build rewrites the cache for itself again, its own output unchanged.
    expect(tone({ XDG_CACHE_HOME: home }, CLI, [calm])).toEqual({ code: 0, stdout: 'No accusatory or pushy phrases found.\n', stderr: '' });
    expect(cacheFiles(home)).toHaveLength(1);
  });

  it('a cache folder that cannot be written changes nothing: tone runs, exits as before, leaves no file', () => {
    const home = fresh();
    // A file where the folder should be: cannot be made, even by root.
    writeFileSync(join(home, 'followups'), 'in the way');
    expect(tone({ XDG_CACHE_HOME: home })).toEqual(reference);
    expect(readFileSync(join(home, 'followups'), 'utf8')).toBe('in the way');
    expect(readdirSync(home)).toEqual(['followups']);
  });

  it('is neither read nor written in a folder others may write to', () => {
    const home = fresh();
    mkdirSync(join(home, 'followups'));
    chmodSync(join(home, 'followups'), 0o777);
    expect(isPrivateDir(join(home, 'followups'))).toBe(false);
    expect(tone({ XDG_CACHE_HOME: home })).toEqual(reference);
    expect(cacheFiles(home)).toEqual([]);
    chmodSync(join(home, 'followups'), 0o700);
    expect(isPrivateDir(join(home, 'followups'))).toBe(true);
    expect(isPrivateDir(join(home, 'missing'))).toBe(false);
    expect(tone({ XDG_CACHE_HOME: home })).toEqual(reference);
    expect(cacheFiles(home)).toHaveLength(1);
  });

  it('two runs at once: both answer right, and leave one valid cache and no temp files', async () => {
    const home = fresh();
    for (let round = 0; round < 2; round++) {
      const runs = await Promise.all(
        [0, 1, 2].map(
          () =>
            new Promise<Run>((done) => {
              const child = spawn(process.execPath, [CLI, 'tone', textFile], { env: { ...process.env, COLUMNS: '80', XDG_CACHE_HOME: home } });
              let stdout = '';
              let stderr = '';
              child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
              child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
              child.on('close', (code) => done({ code, stdout, stderr }));
            }),
        ),
      );
      for (const r of runs) expect(r).toEqual(reference);
    }
    const file = onlyCache(home);
    expect(cachedCode(readFileSync(file), readFileSync(join(CLI, '..', 'followups-tone.cjs')))).toBeDefined();
  });

  it('cachedCode takes exactly a whole file made for the given bundle', () => {
    const source = Buffer.from('module.exports = 1;\n');
    const code = Buffer.from('compiled code bytes');
    const file = cacheBytes(source, code);
    expect(cachedCode(file, source)?.equals(code)).toBe(true);
    expect(cachedCode(file, Buffer.from('module.exports = 2;\n'))).toBeUndefined();
    expect(cachedCode(Buffer.concat([file, Buffer.from('x')]), source)).toBeUndefined();
    expect(cachedCode(file.subarray(0, file.length - 1), source)).toBeUndefined();
    expect(cachedCode(cacheBytes(source, Buffer.alloc(0)), source)).toBeUndefined();
  });
});
