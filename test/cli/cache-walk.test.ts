/**
 * The cache's quick check (issue 16): a repeat run whose saved walk was complete and whose
 * folders are all unchanged does not walk; it stats the saved notes and prints the saved output
 * as stored bytes. Real processes on real temp vaults; a saved output replaced by a marker
 * proves a hit, its absence a re-read (see cache.test.ts for the rest of the cache).
 */
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCacheData, writeCacheData } from '../../src/cli/cache/cache-data';
import { cacheDir, cacheFileFor } from '../../src/cli/cache/cache-file';
import { followups, tempVault, useBuiltCli } from './cli-harness';

useBuiltCli();

const TODAY = '2026-11-25';
const JANE = 'Jobs/Jane Doe.md';
const homes: string[] = [];
afterAll(() => {
  for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
});

function setup(): { vault: string; env: { XDG_CACHE_HOME: string }; file: string } {
  const vault = tempVault();
  const home = mkdtempSync(join(tmpdir(), 'followups-cache-walk-'));
  homes.push(home);
  const env = { XDG_CACHE_HOME: home };
  return { vault, env, file: cacheFileFor(cacheDir(env), realpathSync(vault)) };
}
type Setup = ReturnType<typeof setup>;
const agenda = (s: Setup, ...more: string[]) => followups(['agenda', s.vault, '--today', TODAY, ...more], { env: s.env });
const truth = (s: Setup, ...more: string[]) => followups(['agenda', s.vault, '--today', TODAY, '--no-cache', ...more], { env: s.env });

/**
 * As if saved a minute from now (nothing racy, whatever this machine's speed), every saved
 * output replaced by `marker`.
 */
function settleAndMark(file: string, marker = 'MARKER\n'): void {
  const data = readCacheData(file);
  if (data === undefined) throw new Error(`no cache at ${file}`);
  writeCacheData(file, { ...data, savedAt: Date.now() + 60_000, outputs: data.outputs.map(([k]) => [k, marker]) });
}

const edit = (s: Setup, path = JANE): void => {
  const note = join(s.vault, path);
  writeFileSync(note, readFileSync(note, 'utf8').replace(/^followup: active/m, 'followup: paused'));
};

describe('the cache, without walking', () => {
  it('answers a repeat run from the saved output, text and --json, and sees a note edited in place', () => {
    const s = setup();
    for (const more of [[], ['--json']]) {
      agenda(s, ...more);
      settleAndMark(s.file);
      expect(agenda(s, ...more).stdout).toBe('MARKER\n');
      expect(readCacheData(s.file)?.complete).toBe(true);
    }
    edit(s); // in place: its folder's mtime stays
    for (const more of [[], ['--json']]) {
      const run = agenda(s, ...more);
      expect(run.stdout).not.toContain('MARKER');
      expect(run).toEqual(truth(s, ...more));
    }
  });

  it('sees a note saved by renaming a new file over it (its folder changes, its names do not)', () => {
    const s = setup();
    for (const more of [[], ['--json']]) {
      agenda(s, ...more);
      settleAndMark(s.file);
      const note = join(s.vault, JANE);
      const text = readFileSync(note, 'utf8');
      writeFileSync(`${note}.tmp`, text.includes('followup: active') ? text.replace(/^followup: active/m, 'followup: paused') : text.replace(/^followup: paused/m, 'followup: active'));
      renameSync(`${note}.tmp`, note);
      const run = agenda(s, ...more);
      expect(run.stdout).not.toContain('MARKER');
      expect(run).toEqual(truth(s, ...more));
      // Saved by that run: the next one answers from it.
      settleAndMark(s.file);
      expect(agenda(s, ...more).stdout).toBe('MARKER\n');
    }
  });

  it('after an edit, takes the other notes\' JSON back out of the saved bytes: non-ASCII and control characters too', () => {
    const s = setup();
    const contact = (name: string): string => `---\nname: ${name}\nfollowup: active\ncontacted: [2026-11-02]\ninterests: [träd, 🌸]\n---\n`;
    writeFileSync(join(s.vault, 'Jobs/Åsa Öberg 🌸.md'), contact('Åsa Öberg 🌸'));
    writeFileSync(join(s.vault, 'Jobs/Zoë.md'), contact('Zoë'));
    for (const unsafe of [false, true]) {
      if (unsafe) writeFileSync(join(s.vault, 'Jobs/Eve \u202e.md'), contact('"Eve \u202e \u0085"'));
      agenda(s, '--json');
      const data = readCacheData(s.file);
      if (data === undefined) throw new Error('no cache');
      writeCacheData(s.file, { ...data, savedAt: Date.now() + 60_000 });
      for (const note of [JANE, 'Jobs/Zoë.md']) {
        edit(s, note);
        const run = agenda(s, '--json');
        expect(run.stdout).toContain('Åsa Öberg 🌸');
        if (unsafe) expect(run.stdout).toContain('\\u202e');
        expect(run).toEqual(truth(s, '--json'));
        const saved = readCacheData(s.file);
        if (saved === undefined) throw new Error('no cache');
        writeCacheData(s.file, { ...saved, savedAt: Date.now() + 60_000 });
      }
    }
  });

  it('walks from the contacts folder of the settings, and sees edits and new notes there', () => {
    const s = setup();
    writeFileSync(join(s.vault, '.followups.json'), JSON.stringify({ contactsFolder: 'Jobs' }));
    agenda(s);
    expect(readCacheData(s.file)?.start).toBe('Jobs');
    expect(readCacheData(s.file)?.paths.split('\0').every((p) => p.startsWith('Jobs/'))).toBe(true);
    settleAndMark(s.file);
    expect(agenda(s).stdout).toBe('MARKER\n');
    edit(s);
    expect(agenda(s)).toEqual(truth(s));
    settleAndMark(s.file);
    writeFileSync(join(s.vault, 'Jobs/Ann Ek.md'), '---\nfollowup: active\ncontacted: [2026-11-02]\n---\n');
    const run = agenda(s);
    expect(run.stdout).toContain('Ann Ek');
    expect(run).toEqual(truth(s));
  });

  it('sees a note replaced by another file even when its folder\'s mtime is put back', () => {
    const s = setup();
    agenda(s);
    settleAndMark(s.file);
    const folder = join(s.vault, 'Jobs');
    const { mtime } = statSync(folder);
    const note = join(s.vault, JANE);
    const { mtime: noteMtime } = statSync(note);
    const other = join(s.vault, 'Jobs/.new');
    writeFileSync(other, readFileSync(note, 'utf8').replace(/^followup: active/m, 'followup: paused'));
    utimesSync(other, noteMtime, noteMtime);
    renameSync(other, note); // another inode at the same path, same size and mtime
    utimesSync(folder, mtime, mtime);
    const run = agenda(s);
    expect(run.stdout).not.toContain('MARKER');
    expect(run.stdout).toContain('paused');
    expect(run).toEqual(truth(s));
  });

  it('walks again when the saved walk had a link in it: a link\'s target can change where no listed folder does', () => {
    const s = setup();
    // A link to a note in a hidden folder (never walked itself): dangling at first.
    mkdirSync(join(s.vault, '.hidden'));
    symlinkSync('../.hidden/Ann Ek.md', join(s.vault, 'Jobs/Ann Ek.md'));
    const first = agenda(s);
    expect(first).toEqual(truth(s));
    expect(readCacheData(s.file)?.complete).toBe(false);
    settleAndMark(s.file);
    // Only .hidden changes: every folder the walk lists keeps its mtime.
    writeFileSync(join(s.vault, '.hidden/Ann Ek.md'), '---\nfollowup: active\ncontacted: [2026-11-02]\n---\n');
    const run = agenda(s);
    expect(run.stdout).not.toContain('MARKER');
    expect(run.stdout).toContain('Ann Ek');
    expect(run).toEqual(truth(s));
  });

  it('prints a saved output through the terminal guard when it holds control characters', () => {
    const s = setup();
    agenda(s);
    settleAndMark(s.file, 'MARKER \u202e \u0007 \u001b[1mbold\u001b[22m\n');
    expect(agenda(s, '--color').stdout).not.toContain('MARKER'); // another key: colours are part of it
    agenda(s);
    settleAndMark(s.file, 'MARKER \u202e \u0007 \u001b[1mbold\u001b[22m\n');
    expect(agenda(s).stdout).toBe('MARKER \\u202e \\u0007 \u001b[1mbold\u001b[22m\n');
  });

  it('a cache of the previous format is ignored and rewritten', () => {
    const s = setup();
    agenda(s);
    const data = readCacheData(s.file);
    if (data === undefined) throw new Error('no cache');
    writeCacheData(s.file, { ...data, format: 'followups-cache/3', savedAt: Date.now() + 60_000, outputs: data.outputs.map(([k]) => [k, 'MARKER\n']) });
    expect(agenda(s)).toEqual(truth(s));
    expect(readCacheData(s.file)?.format).toBe('followups-cache/4');
  });
});
