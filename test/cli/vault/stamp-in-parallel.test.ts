/**
 * Stamps taken on two threads (the worker's own few lines, alone or beside this thread) are the numbers the main thread's
 * stampPath takes, for every note, in order; a note that is gone stays NaN (never a hit).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newStamps, stampPath } from '../../../src/cli/vault/note-stamps';
import { stampPaths } from '../../../src/cli/vault/stamp-in-parallel';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A vault of `count` notes in a few folders under `folder`; their vault paths in walk order. */
function vault(count: number, folder: string): { root: string; paths: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'followups-stamps-'));
  dirs.push(root);
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const dir = `${folder === '' ? '' : `${folder}/`}f${i % 7}`;
    mkdirSync(join(root, dir), { recursive: true });
    const path = `${dir}/note ${i}.md`;
    writeFileSync(join(root, path), 'x'.repeat(i % 50));
    paths.push(path);
  }
  return { root, paths };
}

describe('stampPaths', () => {
  it.each([
    ['the whole vault', ''],
    ['a contacts folder', 'People/Jobs'],
  ])('on two threads gives each note its own stamp, as one thread does (%s)', (_, folder) => {
    const { root, paths } = vault(1500, folder);
    paths.splice(3, 0, `${folder === '' ? '' : `${folder}/`}gone.md`);
    const start = folder === '' ? root : join(root, folder);
    const skip = folder === '' ? 0 : folder.length + 1;
    const one = newStamps(paths.length);
    paths.forEach((p, j) => stampPath(one, j, `${start}/${p.slice(skip)}`));
    const two = stampPaths(paths.join('\0'), paths.length, start, folder, { parallelMin: 1 });
    expect([...two]).toEqual([...one]);
    // Every note by the worker's own code.
    const worker = stampPaths(paths.join('\0'), paths.length, start, folder, { parallelMin: 1, workerOnly: true });
    expect([...worker]).toEqual([...one]);
    expect(Number.isNaN(two[3 * 4])).toBe(true);
    expect(Number.isNaN(two[4 * 4])).toBe(false);
    // On this thread alone (below the threshold): the same.
    expect([...stampPaths(paths.join('\0'), paths.length, start, folder)]).toEqual([...one]);
  });

  it('handles no notes', () => {
    expect(stampPaths('', 0, tmpdir(), '', { parallelMin: 1 }).length).toBe(0);
  });
});
