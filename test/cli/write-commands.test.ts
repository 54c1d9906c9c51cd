import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { followups, snapshot, tempFiles, tempVault, useBuiltCli, ZONES } from './cli-harness';

useBuiltCli();

/** A one-note vault with the note's exact text; returns the note's path. */
function noteVault(text: string): { vault: string; note: string } {
  const vault = tempVault(null);
  const note = join(vault, 'Contact.md');
  writeFileSync(note, text);
  return { vault, note };
}

const read = (file: string): string => readFileSync(file, 'utf8');

describe('byte-exact writes: comments, CRLF and a BOM survive', () => {
  const crlf = (s: string): string => s.replace(/\n/g, '\r\n');
  const before =
    '\uFEFF---\n# who: met at the meetup\nfollowup: active   # keep going\nname: "Jane Doe"\ncontacted: [2026-11-04 09:10, 2026-11-11 14:30]  # oldest first\ncustom: keep me\n---\nBody *stays*   \n\n## Notes\n';

  it.each([
    ['LF', (s: string) => s],
    ['CRLF', crlf],
  ])('sent, replied and snooze on a %s note with a BOM', (_, eol) => {
    const { vault, note } = noteVault(eol(before));
    let r = followups(['sent', note, '--at', '2026-11-25 10:05']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe('Logged follow-up 2 to Jane Doe at 2026-11-25 10:05. Next: follow-up 3 of 3 due Thu 10 Dec.\n');
    expect(read(note)).toBe(eol(before.replace('14:30]', '14:30, 2026-11-25T10:05]')));

    r = followups(['snooze', note, '2099-12-14']);
    expect(r.code).toBe(0);
    r = followups(['replied', note]);
    expect(r.code).toBe(0);
    const expected = before
      .replace('14:30]', '14:30, 2026-11-25T10:05]')
      .replace('followup: active', 'followup: replied')
      .replace('custom: keep me\n', 'custom: keep me\nsnooze: 2099-12-14\n');
    expect(read(note)).toBe(eol(expected));
    expect(tempFiles(vault)).toEqual([]);
  });

  it('appends to a block list in its own style and keeps the mode of the file', () => {
    const { vault, note } = noteVault('---\nfollowup: active\ncontacted:\n  - 2026-11-04   # first\n---\nbody\n');
    chmodSync(note, 0o640);
    expect(followups(['sent', note, '--at', '2026-11-12 16:45']).code).toBe(0);
    expect(read(note)).toBe('---\nfollowup: active\ncontacted:\n  - 2026-11-04   # first\n  - 2026-11-12T16:45\n---\nbody\n');
    expect(statSync(note).mode & 0o777).toBe(0o640);
    expect(tempFiles(vault)).toEqual([]);
  });
});

describe('sent', () => {
  it('refuses a message sooner than the minimum gap, saying why, unless --force', () => {
    const { note } = noteVault('---\nfollowup: active\ncontacted: [2026-11-20 09:00]\n---\n');
    const original = read(note);
    const r = followups(['sent', note, '--at', '2026-11-23 09:00']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('only 3 days from 2026-11-23');
    expect(r.stderr).toContain('wait at least a week between messages (rule 2)');
    expect(r.stderr).toContain('--force');
    expect(read(note)).toBe(original);
    expect(followups(['sent', note, '--at', '2026-11-23 09:00', '--force']).code).toBe(0);
    expect(read(note)).toContain('contacted: [2026-11-20 09:00, 2026-11-23T09:00]');
  });

  it('logs the first message of a not-contacted note, and refuses a stopped one', () => {
    const { note } = noteVault('---\nfollowup: active\nname: Priya\n---\n');
    const r = followups(['sent', note, '--at', '2026-11-25 08:00']);
    expect(r.stdout).toBe('Logged the first message to Priya at 2026-11-25 08:00. Next: follow-up 1 of 3 due Thu 3 Dec.\n');
    expect(read(note)).toBe('---\nfollowup: active\nname: Priya\ncontacted: [2026-11-25T08:00]\n---\n');
    const stopped = noteVault('---\nfollowup: stopped\nname: Karin\n---\n');
    const s = followups(['sent', stopped.note, '--at', '2026-11-25 08:00']);
    expect([s.code, s.stderr]).toEqual([1, 'followups: Karin asked you to stop, so no more messages go out; nothing was logged.\n']);
  });

  it.each(ZONES)('without --at logs the current local time of TZ=%s', (tz) => {
    const { note } = noteVault('---\nfollowup: active\n---\n');
    const start = Date.now();
    expect(followups(['sent', note], { tz }).code).toBe(0);
    const logged = /contacted: \[(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})\]/.exec(read(note))?.slice(1).join(' ');
    const local = (ms: number): string =>
      new Intl.DateTimeFormat('sv-SE', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
    expect([local(start), local(Date.now())]).toContain(logged);
  });
});

describe('replied, stop, pause, resume', () => {
  it('set followup and say what it means; repeating is a no-op that leaves the file alone', () => {
    const { vault, note } = noteVault('---\nfollowup: true\nname: Sam\ncontacted: [2026-11-12 11:30]\n---\n');
    expect(followups(['pause', note]).stdout).toBe('Paused Sam: nothing is due until you resume following up.\n');
    expect(read(note)).toContain('followup: paused\n');
    const before = snapshot(vault);
    const again = followups(['pause', note]);
    expect([again.code, again.stdout]).toEqual([0, 'Sam is already paused; nothing changed.\n']);
    expect(snapshot(vault)).toEqual(before);
    expect(followups(['resume', note]).stdout).toMatch(/^Resumed Sam\. Next: follow-up 1 of 3 due Fri 20 Nov\.\n$/);
    expect(followups(['replied', note]).code).toBe(0);
    expect(read(note)).toContain('followup: replied\n');
    expect(followups(['stop', note]).stdout).toBe('Marked Sam as stopped: no more follow-ups, as they asked.\n');
  });

  it('never starts a stopped contact again', () => {
    const { vault, note } = noteVault('---\nfollowup: stopped\nname: Karin\n---\n');
    const before = snapshot(vault);
    for (const cmd of ['resume', 'pause', 'replied']) {
      const r = followups([cmd, note]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('Karin asked you to stop, so the note stays stopped');
    }
    expect(followups(['snooze', note, '2026-12-01']).code).toBe(1);
    expect(snapshot(vault)).toEqual(before);
  });
});

describe('snooze', () => {
  it('sets the date and says whether it moves the next follow-up; a day not after today is refused', () => {
    const { note } = noteVault('---\nfollowup: active\nname: Sofia\ncontacted: [2099-11-20 16:00]\n---\n');
    expect(followups(['snooze', note, '2099-12-10']).stdout).toBe('Snoozed Sofia until Thu 10 Dec 2099. Next: follow-up 1 of 3 due Thu 10 Dec 2099.\n');
    expect(followups(['snooze', note, '2099-11-22']).stdout).toBe('Snoozed Sofia until Sun 22 Nov 2099. The next follow-up is due Mon 30 Nov 2099 anyway.\n');
    expect(read(note)).toBe('---\nfollowup: active\nname: Sofia\ncontacted: [2099-11-20 16:00]\nsnooze: 2099-11-22\n---\n');
    const past = followups(['snooze', note, '2026-01-05']);
    expect([past.code, past.stdout]).toEqual([1, '']);
    expect(past.stderr).toContain('Snooze until a day after today');
    expect(read(note)).toContain('snooze: 2099-11-22\n');
  });
});
