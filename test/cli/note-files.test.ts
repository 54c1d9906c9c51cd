/**
 * What a write does to the note as a file (issue 12 items 6, 9 and 12): read-only notes are
 * refused, mode/owner/group survive, hard links stay linked, a temp-named directory beside the
 * note does not crash the write, and `sent --at` refuses far-future and DST-gap times and keeps
 * `contacted` oldest first.
 */
import { chmodSync, chownSync, linkSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { followups, snapshot, tempVault, useBuiltCli } from './cli-harness';

useBuiltCli();

function noteVault(text = '---\nfollowup: active\nname: Ada\ncontacted: [2026-10-01 09:00]\n---\nBody\n'): { vault: string; note: string } {
  const vault = tempVault(null);
  const note = join(vault, 'Ada.md');
  writeFileSync(note, text);
  return { vault, note };
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('the note as a file', () => {
  it('a read-only note (0444) is refused with a clear message and left untouched, even for root', () => {
    const { vault, note } = noteVault();
    chmodSync(note, 0o444);
    const before = snapshot(vault);
    for (const args of [['stop', note], ['sent', note, '--at', '2026-10-20 10:00']]) {
      const r = followups(args);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('followups: Ada.md: the note is read-only (mode 0444); make it writable (e.g. chmod u+w) to let followups change it; it was not changed\n');
    }
    expect(snapshot(vault)).toEqual(before);
  });

  it('keeps the mode bits of the note', () => {
    const { note } = noteVault();
    chmodSync(note, 0o604);
    expect(followups(['pause', note]).code).toBe(0);
    expect(statSync(note).mode & 0o7777).toBe(0o604);
  });

  it.runIf(isRoot)('keeps owner and group when root writes a note of another user', () => {
    const { note } = noteVault();
    chownSync(note, 4321, 4322);
    chmodSync(note, 0o640);
    expect(followups(['sent', note, '--at', '2026-10-20 10:00']).code).toBe(0);
    const st = statSync(note);
    expect([st.uid, st.gid, st.mode & 0o777]).toEqual([4321, 4322, 0o640]);
    expect(readFileSync(note, 'utf8')).toContain('2026-10-20T10:00');
  });

  it('a hard-linked note is written in place: every name shows the change', () => {
    const { vault, note } = noteVault();
    const other = join(vault, 'Ada (link).md');
    linkSync(note, other);
    expect(followups(['stop', note]).code).toBe(0);
    expect(readFileSync(other, 'utf8')).toContain('followup: stopped\n');
    expect(statSync(note).ino).toBe(statSync(other).ino);
    expect(statSync(note).nlink).toBe(2);
  });

  it('a stale temp-named directory beside the note does not stop the write (no EISDIR)', () => {
    const { vault, note } = noteVault();
    const dir = join(vault, `.Ada.md.${2 ** 22 + 1}-0123456789ab.tmp`);
    mkdirSync(dir);
    writeFileSync(join(dir, 'inside'), 'not ours');
    const r = followups(['replied', note]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(readFileSync(note, 'utf8')).toContain('followup: replied\n');
    expect(readFileSync(join(dir, 'inside'), 'utf8')).toBe('not ours');
  });
});

describe('sent --at', () => {
  it('inserts an older time in date order: the list stays oldest first', () => {
    const { note } = noteVault('---\nfollowup: active\nname: Ada\ncontacted:\n  - 2026-10-01 09:00\n  - 2026-10-29 09:00 # second\n---\n');
    const r = followups(['sent', note, '--at', '2026-10-15 10:00']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^Logged an earlier message to Ada at 2026-10-15 10:00 \(in date order\)\./);
    expect(readFileSync(note, 'utf8')).toBe('---\nfollowup: active\nname: Ada\ncontacted:\n  - 2026-10-01 09:00\n  - 2026-10-15T10:00\n  - 2026-10-29 09:00 # second\n---\n');
  });

  it('refuses a time more than a day in the future unless --force, and prints its year', () => {
    const { vault, note } = noteVault();
    const before = snapshot(vault);
    const r = followups(['sent', note, '--at', '2080-03-04 10:00']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('2080-03-04 10:00 is Mon 4 Mar 2080, more than a day from now');
    expect(r.stderr).toContain('run again with --force');
    expect(snapshot(vault)).toEqual(before);
    expect(followups(['sent', note, '--at', '2080-03-04 10:00', '--force']).code).toBe(0);
    expect(readFileSync(note, 'utf8')).toContain('contacted: [2026-10-01 09:00, 2080-03-04T10:00]');
  });

  it('names a wall time that does not exist (DST gap) and logs nothing', () => {
    const { vault, note } = noteVault();
    const before = snapshot(vault);
    const r = followups(['sent', note, '--at', '2026-03-29 02:30'], { tz: 'Europe/Stockholm' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('2026-03-29 02:30 does not exist on this machine');
    expect(r.stderr).toContain('daylight saving');
    expect(snapshot(vault)).toEqual(before);
    // The same wall time exists in UTC.
    expect(followups(['sent', note, '--at', '2026-03-29 02:30'], { tz: 'UTC' }).code).toBe(0);
  });

  it('year 9999 is logged only with --force, and the run does not crash', () => {
    const { note } = noteVault();
    const r = followups(['sent', note, '--at', '9999-12-31 10:00', '--force']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^Logged follow-up 1 to Ada at 9999-12-31 10:00\./);
  });
});
