/** `followups reply`: the built CLI on real notes in a temp vault, the reply from a file or stdin. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { followups, tempFiles, tempVault, useBuiltCli, ZONES } from './cli-harness';

useBuiltCli();

const NOTE = '---\nname: Ola Nilsson\nfollowup: active  # since the fair\ncontacted: [2026-11-02 09:10, 2026-11-10 14:00]\n---\nMet at the fair.\n';

function noteVault(text = NOTE): { vault: string; note: string } {
  const vault = tempVault(null);
  const note = join(vault, 'Ola.md');
  writeFileSync(note, text);
  return { vault, note };
}

const read = (file: string): string => readFileSync(file, 'utf8');
const AT = ['--at', '2026-11-20 10:30'];

describe('followups reply', () => {
  it('a stop request from stdin waits for --yes, then stops and quotes the reply', () => {
    const { vault, note } = noteVault();
    const input = 'Tack, men vi har gått vidare med en annan kandidat.\n\nDen 10 nov. 2026 kl. 14:00 skrev Du <du@example.se>:\n> Hej Ola!\n';
    let r = followups(['reply', note, '-', ...AT], { input });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("'gått vidare med en annan' reads as a no");
    expect(r.stderr).toContain('--yes');
    expect(read(note)).toBe(NOTE);
    r = followups(['reply', note, ...AT, '--yes'], { input });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('Marked Ola Nilsson as stopped');
    expect(read(note)).toBe(
      NOTE.replace('followup: active', 'followup: stopped').replace('---\nMet', 'replied: 2026-11-20\nreply-kind: stop\n---\nMet') +
        '\n## Follow-ups\n\n### Reply — 2026-11-20 10:30 — asked to stop\n> Tack, men vi har gått vidare med en annan kandidat.\n>\n> Den 10 nov. 2026 kl. 14:00 skrev Du <du@example.se>:\n> > Hej Ola!\n',
    );
    expect(tempFiles(vault)).toEqual([]);
  });

  it.each(ZONES)('an out-of-office reply from a file snoozes to the day after the return day (TZ=%s)', (tz) => {
    const { vault, note } = noteVault();
    const file = join(vault, 'reply.txt');
    writeFileSync(file, "Automatic reply: I'm out of the office until 7 December.\n");
    const r = followups(['reply', note, file, ...AT], { tz });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('not a reply');
    expect(r.stdout).toContain('Snoozed until Tue 8 Dec');
    expect(read(note)).toContain('snooze: 2026-12-08\n');
    expect(read(note)).toContain('auto-reply: 2026-11-20\n');
    expect(read(note)).toContain('followup: active  # since the fair\n');
  });

  it('a real reply marks replied; unsure changes nothing until --as chooses', () => {
    const { note } = noteVault();
    let r = followups(['reply', note, ...AT], { input: 'Sent from my iPhone\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Not sure what this reply is');
    expect(read(note)).toBe(NOTE);
    r = followups(['reply', note, ...AT, '--as', 'reply'], { input: 'Sent from my iPhone\n' });
    expect(r.code).toBe(0);
    expect(read(note)).toContain('followup: replied');
    r = followups(['reply', note, ...AT], { input: "Don't stop sending me these! Friday works." });
    expect(r.code).toBe(0);
    expect(read(note)).toContain('reply-kind: reply\n');
  });

  it('bad usage and bad input are clear, and leave the note alone', () => {
    const { vault, note } = noteVault();
    expect(followups(['reply', note, '--as', 'maybe'], { input: 'x' }).code).toBe(2);
    expect(followups(['reply', note, join(vault, 'missing.txt')]).code).toBe(2);
    const binary = join(vault, 'bin.txt');
    writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00, 0x80]));
    const r = followups(['reply', note, binary]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not UTF-8');
    expect(read(note)).toBe(NOTE);
  });
});
