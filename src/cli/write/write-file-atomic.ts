/**
 * Replaces a file so that a reader (or a crash) sees either the old note or the new one, never
 * half of each: a uniquely named temp file in the same folder, fsync, then rename over the note.
 * The note's permission bits are kept; the temp file never outlives a failure.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError, refusal } from '../cli-error';
import { reason } from '../vault/walk-vault';

/**
 * `expected`: the bytes the edit was computed from. If the note changed meanwhile (an editor
 * saved it), nothing is written rather than losing that change.
 */
export function writeFileAtomic(file: string, text: string, expected: Buffer, shownPath: string): void {
  removeStaleTemps(file);
  // A leading dot keeps Obsidian and our own walker from indexing the temp file.
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    const mode = statSync(file).mode & 0o7777;
    fd = openSync(temp, 'wx', mode);
    fchmodSync(fd, mode); // open() applies the umask; the note's own bits win
    writeFileSync(fd, text, 'utf8');
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    if (!readFileSync(file).equals(expected)) {
      throw refusal(`${shownPath}: the note changed on disk while it was being edited; it was not changed, try again`);
    }
    renameSync(temp, file);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temp, { force: true });
    if (error instanceof CliError) throw error;
    throw refusal(`${shownPath}: could not write the note (${reason(error)}); it was not changed`);
  }
  syncFolder(dirname(file));
}

/**
 * A run killed mid-write (power cut, SIGKILL) leaves its temp file behind; the note itself is
 * whole. The next write to the same note removes such leftovers of processes that are gone.
 */
function removeStaleTemps(file: string): void {
  const prefix = `.${basename(file)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return;
  }
  for (const name of names) {
    const pid = name.startsWith(prefix) ? /^(\d+)-[0-9a-f]{12}\.tmp$/.exec(name.slice(prefix.length))?.[1] : undefined;
    if (pid !== undefined && !isRunning(Number(pid))) rmSync(join(dirname(file), name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/** Makes the rename itself durable; some platforms cannot open a folder, which is fine. */
function syncFolder(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Best effort only: the data is already synced and renamed.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
