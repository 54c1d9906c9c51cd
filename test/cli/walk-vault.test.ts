/**
 * Issue 12 item 8 (symlinks): the vault is the boundary. A symlinked folder or note that leads
 * outside the vault is not walked or read; a link to `/` or a loop never walks the disk; links
 * that stay inside the vault are followed, each folder once.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walkedFile, walkVault } from '../../src/cli/vault/walk-vault';

const base = mkdtempSync(join(tmpdir(), 'followups-walk-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const vault = join(base, 'vault');
const outside = join(base, 'outside');
const note = (path: string): void => writeFileSync(path, `---\nfollowup: active\nname: ${path.slice(path.lastIndexOf('/') + 1, -3)}\n---\n`);
/** The note each walked path names on disk (the walk keeps only the paths). */
const namesOf = (start: string, startPath: string, paths: string[]): string[] =>
  paths.map((p) => /name: (.*)/.exec(readFileSync(walkedFile(join(start, startPath), startPath)(p), 'utf8'))?.[1] ?? '');

mkdirSync(join(vault, 'People/sub'), { recursive: true });
mkdirSync(outside);
note(join(vault, 'People/Ann.md'));
note(join(vault, 'People/sub/Bo.md'));
note(join(outside, 'Stranger.md'));
symlinkSync(outside, join(vault, 'ext')); // a folder outside
symlinkSync('/', join(vault, 'root')); // the whole disk
symlinkSync('..', join(vault, 'up')); // the vault's parent
symlinkSync('.', join(vault, 'loop')); // the vault itself
symlinkSync(join(outside, 'Stranger.md'), join(vault, 'leak.md')); // a note outside
symlinkSync('People/sub', join(vault, 'also-sub')); // inside: followed
symlinkSync('People/Ann.md', join(vault, 'Ann link.md')); // inside: read

describe('walkVault and symlinks', () => {
  it('follows links inside the vault, each folder once, and none that lead out', () => {
    const walk = walkVault(vault);
    expect(walk.paths).toEqual(['Ann link.md', 'People/Ann.md', 'People/sub/Bo.md']);
    expect(namesOf(vault, '', walk.paths)).toEqual(['Ann', 'Ann', 'Bo']);
    expect(walk.unreadable).toEqual([]);
  });

  it('from a contacts folder, a link to the vault root is inside and walked once', () => {
    symlinkSync('..', join(vault, 'People/home'));
    try {
      const walk = walkVault(vault, 'People');
      expect(walk.paths).toEqual(['People/Ann.md', 'People/home/Ann link.md', 'People/home/also-sub/Bo.md']);
      expect(namesOf(vault, 'People', walk.paths)).toEqual(['Ann', 'Ann', 'Bo']);
    } finally {
      rmSync(join(vault, 'People/home'));
    }
  });

  it('a vault reached through a symlink is still bounded by its real path', () => {
    const via = join(base, 'via');
    symlinkSync(vault, via);
    expect(walkVault(via).paths).toEqual(['Ann link.md', 'People/Ann.md', 'People/sub/Bo.md']);
  });
});
