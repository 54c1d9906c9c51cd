/**
 * One writer per note at a time, across processes: `.<note>.lock` beside the note, created
 * exclusively (`wx`), holding "<pid> <token>". The CLI reads, decides and renames while it
 * holds the lock, so a second `followups` run on the same note waits and then decides on the
 * winner's text: no update is lost, and "success" is only printed for a change that is there.
 *
 * A lock left by a killed run is taken over when its process is gone, or when it is older than
 * STALE_MS (a pid reused, or another machine on a shared disk). Taking over goes through a
 * second exclusive file, so two waiting runs never both remove a lock and never remove a
 * fresh one.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { refusal } from '../cli-error';
import { reason } from '../vault/walk-vault';

/** A write takes milliseconds; a lock this old belongs to a run that died. */
export const STALE_MS = 30_000;
/** How long a run waits for another one on the same note before it gives up. */
export const WAIT_MS = 60_000;

export function lockPathOf(file: string): string {
  return join(dirname(file), `.${basename(file)}.lock`);
}

export function withNoteLock<T>(file: string, shownPath: string, run: () => T): T {
  const lock = lockPathOf(file);
  const token = `${process.pid} ${randomBytes(8).toString('hex')}\n`;
  acquire(lock, token, shownPath);
  try {
    return run();
  } finally {
    release(lock, token);
  }
}

function acquire(lock: string, token: string, shownPath: string): void {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    if (tryCreate(lock, token, shownPath)) return;
    const holder = readHolder(lock);
    if (holder !== null && isStale(holder)) takeOver(lock, holder.content);
    else if (Date.now() - started > WAIT_MS) {
      throw refusal(`${shownPath}: another followups run (pid ${holder?.pid ?? '?'}) is still changing this note; it was not changed, try again`);
    } else sleep(Math.min(50, 2 + attempt) + Math.random() * 5);
  }
}

/** True when the lock is ours now; false when someone holds it. */
function tryCreate(path: string, content: string, shownPath: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return false;
    throw refusal(`${shownPath}: could not lock the note for writing (${reason(error)}); it was not changed`);
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

interface Holder {
  content: string;
  pid: number | null;
  ageMs: number;
}

function readHolder(lock: string): Holder | null {
  try {
    const content = readFileSync(lock, 'utf8');
    const pid = /^(\d+) /.exec(content)?.[1];
    return { content, pid: pid === undefined ? null : Number(pid), ageMs: Date.now() - statSync(lock).mtimeMs };
  } catch {
    return null; // released meanwhile: just try again
  }
}

/** A holder that has not written its pid yet is only stale by age. */
function isStale(h: Holder): boolean {
  if (h.ageMs > STALE_MS) return true;
  return h.pid !== null && h.pid !== process.pid && !isRunning(h.pid);
}

/** Removes the stale lock, if it is still the one we judged stale, under a takeover lock. */
function takeOver(lock: string, staleContent: string): void {
  const guard = `${lock}.takeover`;
  const mine = `${process.pid} ${randomBytes(8).toString('hex')}\n`;
  let created: boolean;
  try {
    created = tryCreate(guard, mine, lock);
  } catch {
    created = false;
  }
  if (!created) {
    // A takeover in progress elsewhere; one that died mid-takeover is cleared by age.
    const g = readHolder(guard);
    if (g !== null && g.ageMs > STALE_MS) removeIf(guard, g.content);
    sleep(5);
    return;
  }
  try {
    removeIf(lock, staleContent);
  } finally {
    removeIf(guard, mine);
  }
}

function release(lock: string, token: string): void {
  removeIf(lock, token);
}

function removeIf(path: string, content: string): void {
  try {
    if (readFileSync(path, 'utf8') === content) unlinkSync(path);
  } catch {
    // Already gone.
  }
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return codeOf(error) === 'EPERM';
  }
}

function codeOf(error: unknown): unknown {
  return error instanceof Error && 'code' in error ? error.code : undefined;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** The CLI is synchronous; a short blocking wait is all a waiting run needs. */
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}
