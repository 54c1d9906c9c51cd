/**
 * Real `followups` processes racing on one note. Every write runs read -> decide -> rename under
 * the note's lock, so a run that loses the race decides again on the winner's text: no update
 * is lost, "stopped" is never undone, and every line that reports success is true of the final
 * note. Counts are modest and time-outs generous: this must pass on a loaded two-core machine.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, tempVault, useBuiltCli, type Run } from './cli-harness';

useBuiltCli();

function run(args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, TZ: 'UTC' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs jobs with at most `limit` in flight (each job is a pair of processes). */
async function pool<T>(jobs: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const out: T[] = new Array<T>(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await (jobs[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return out;
}

const NOTE = '---\nfollowup: active\nname: Ada\ncontacted: [2026-10-01 09:00]\n---\nBody stays.\n';

type Pair = 'sent+sent' | 'stop+sent' | 'replied+snooze' | 'stop+resume';
const KINDS: readonly Pair[] = ['sent+sent', 'stop+sent', 'replied+snooze', 'stop+resume'];

function commands(kind: Pair, note: string): [string[], string[]] {
  const sent = (at: string): string[] => ['sent', note, '--at', at, '--force'];
  switch (kind) {
    case 'sent+sent':
      return [sent('2026-10-08 10:00'), sent('2026-10-15 11:00')];
    case 'stop+sent':
      return [['stop', note], sent('2026-10-08 10:00')];
    case 'replied+snooze':
      return [['replied', note], ['snooze', note, '2099-01-05']];
    case 'stop+resume':
      return [['stop', note], ['resume', note]];
  }
}

/** What a success line claims, checked against the final text. */
function claimHolds(line: string, text: string): boolean {
  const logged = /^Logged .* at (\d{4}-\d{2}-\d{2} \d{2}:\d{2})/.exec(line);
  // The line says `YYYY-MM-DD HH:mm`; the note holds it as `YYYY-MM-DDTHH:mm`.
  if (logged) return text.includes((logged[1] ?? '?').replace(' ', 'T'));
  if (line.startsWith('Marked Ada as stopped') || line.startsWith('Ada is already stopped')) return text.includes('followup: stopped\n');
  if (line.startsWith('Marked Ada as replied')) return text.includes('followup: replied\n');
  if (line.startsWith('Snoozed Ada until')) return text.includes('snooze: 2099-01-05\n');
  // A resume of an active note changes nothing; the stop that raced it may have come after.
  if (line.startsWith('Ada is already active')) return true;
  if (line.startsWith('Resumed Ada')) return text.includes('followup: active\n');
  return false;
}

describe('concurrent write commands on one note', () => {
  it('100 concurrent pairs of two write commands: 0 lost updates, stopped never lost, every success line true', async () => {
    const vault = tempVault(null);
    const jobs = Array.from({ length: 100 }, (_, i) => async () => {
      const kind = KINDS[i % KINDS.length] ?? 'sent+sent';
      const note = join(vault, `Pair ${i}.md`);
      writeFileSync(note, NOTE);
      const [a, b] = commands(kind, note);
      const results = await Promise.all([run(a), run(b)]);
      return { kind, note, results, text: readFileSync(note, 'utf8') };
    });
    const done = await pool(jobs, 6);

    let lost = 0;
    let stoppedLost = 0;
    const odd: string[] = [];
    for (const { kind, results, text } of done) {
      for (const r of results) {
        if (r.code === 0) {
          if (!claimHolds(r.stdout.trim(), text)) {
            lost++;
            odd.push(`${kind}: "${r.stdout.trim()}" is not true of the final note`);
          }
        } else if (!/asked you to stop/.test(r.stderr)) odd.push(`${kind}: ${r.stderr.trim()}`);
      }
      if (kind === 'sent+sent' && !(text.includes('2026-10-08T10:00') && text.includes('2026-10-15T11:00'))) lost++;
      if ((kind === 'stop+sent' || kind === 'stop+resume') && !text.includes('followup: stopped\n')) stoppedLost++;
      // Whichever ran second, the first message stays and the list stays oldest first.
      expect(text).toMatch(/^---\nfollowup: \w+\nname: Ada\ncontacted: \[2026-10-01 09:00[^\]]*\]\n(snooze: 2099-01-05\n)?---\nBody stays\.\n$/);
    }
    expect({ lost, stoppedLost, odd }).toEqual({ lost: 0, stoppedLost: 0, odd: [] });
    expect(readdirSync(vault).filter((n) => n.startsWith('.'))).toEqual([]); // no lock or temp file left
  }, 600_000);

  it('12 runs of `sent` on the same note at once all land, in date order', async () => {
    const vault = tempVault(null);
    const note = join(vault, 'Ada.md');
    writeFileSync(note, NOTE);
    // Given newest first, so most of them insert before an item already there.
    const times = Array.from({ length: 12 }, (_, i) => `2026-${String(12 - Math.floor(i / 4)).padStart(2, '0')}-${String(28 - (i % 4) * 7).padStart(2, '0')} 09:00`);
    const results = await Promise.all(times.map((at) => run(['sent', note, '--at', at, '--force'])));
    expect(results.map((r) => [r.code, r.stderr])).toEqual(times.map(() => [0, '']));
    const list = /contacted: \[(.*)\]/.exec(readFileSync(note, 'utf8'))?.[1]?.split(', ') ?? [];
    expect(list).toEqual(['2026-10-01 09:00', ...[...times].sort().map((t) => t.replace(' ', 'T'))]);
  }, 300_000);
});

describe('the note lock', () => {
  it('a lock left by a process that is gone is taken over; one that is released is waited for', async () => {
    const vault = tempVault(null);
    const note = join(vault, 'Ada.md');
    writeFileSync(note, NOTE);
    const lock = join(vault, '.Ada.md.lock');
    // 2^22 + 1 is above Linux's largest pid, so no process has it.
    writeFileSync(lock, `${2 ** 22 + 1} deadbeef\n`);
    const dead = await run(['replied', note]);
    expect([dead.code, dead.stderr]).toEqual([0, '']);
    expect(existsSync(lock)).toBe(false);

    // A live holder (this test process) that lets go after half a second.
    writeFileSync(lock, `${process.pid} cafe\n`);
    const waiting = run(['snooze', note, '2099-01-05']);
    await new Promise((r) => setTimeout(r, 500));
    expect(readFileSync(note, 'utf8')).not.toContain('snooze:');
    writeFileSync(note, readFileSync(note, 'utf8').replace('Body stays.', 'Body stays. Edited meanwhile.'));
    const { unlinkSync } = await import('node:fs');
    unlinkSync(lock);
    const r = await waiting;
    expect([r.code, r.stderr]).toEqual([0, '']);
    // It decided on the text as it was when it got the lock: the edit made meanwhile is kept.
    expect(readFileSync(note, 'utf8')).toContain('snooze: 2099-01-05\n');
    expect(readFileSync(note, 'utf8')).toContain('Edited meanwhile.');
  }, 120_000);

  it('a lock older than the stale time is taken over even when its pid is alive', async () => {
    const vault = tempVault(null);
    const note = join(vault, 'Ada.md');
    writeFileSync(note, NOTE);
    const lock = join(vault, '.Ada.md.lock');
    writeFileSync(lock, `${process.pid} old\n`);
    const old = (Date.now() - 10 * 60_000) / 1000;
    utimesSync(lock, old, old);
    const r = await run(['pause', note]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(readFileSync(note, 'utf8')).toContain('followup: paused\n');
    expect(existsSync(lock)).toBe(false);
  }, 120_000);
});
