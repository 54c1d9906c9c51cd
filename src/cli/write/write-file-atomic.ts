/**
 * Replaces a note so that a reader (or a crash) sees either the old note or the new one, never
 * half of each: a uniquely named temp file in the same folder with the note's mode, owner and
 * group, fsync, then rename over the note. The temp file never outlives a failure.
 *
 * Two cases cannot be renamed over without changing what the note *is*, and are written in
 * place instead (one write of the whole text, truncate, fsync), the way Obsidian itself saves:
 * - a note with hard links (nlink > 1): a rename would split them, and the other name would
 *   silently keep the old text; in place, every name shows the change;
 * - a note whose owner or group this process cannot give the temp file (a note of another user
 *   that we may write through its group): a rename would hand the note to us.
 * A read-only note (no write bit, or not writable by us) is refused: the user said "keep".
 */
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fsyncSync,
  ftruncateSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError, refusal } from '../cli-error';
import { reason } from '../vault/walk-vault';
import { isRunning } from './note-lock';

/** Why the note cannot be written, or null: checked before any decision and again at the write. */
export function readOnlyReason(file: string): string | null {
  let st: Stats;
  try {
    st = statSync(file);
  } catch (error) {
    return reason(error);
  }
  const mode = (st.mode & 0o777).toString(8).padStart(4, '0');
  if ((st.mode & 0o222) === 0) return `the note is read-only (mode ${mode}); make it writable (e.g. chmod u+w) to let followups change it`;
  try {
    accessSync(file, constants.W_OK);
  } catch {
    return `you may not write the note (mode ${mode}, owner uid ${st.uid})`;
  }
  return null;
}

/**
 * `expected`: the bytes the edit was computed from. If the note changed meanwhile (an editor
 * saved it), nothing is written rather than losing that change.
 */
export function writeFileAtomic(file: string, text: string, expected: Buffer, shownPath: string): void {
  const readOnly = readOnlyReason(file);
  if (readOnly !== null) throw refusal(`${shownPath}: ${readOnly}; it was not changed`);
  const st = statSync(file);
  if (st.nlink > 1) return writeInPlace(file, text, expected, shownPath);
  removeStaleTemps(file);
  // A leading dot keeps Obsidian and our own walker from indexing the temp file.
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | null = null;
  let inPlace = false;
  try {
    const mode = st.mode & 0o7777;
    fd = openSync(temp, 'wx', mode);
    if (!keepOwner(fd, st)) {
      inPlace = true;
    } else {
      fchmodSync(fd, mode); // open() applies the umask, and chown may clear set-id bits: the note's bits win
      writeSync(fd, text, null, 'utf8');
      fsyncSync(fd);
      closeSync(fd);
      fd = null;
      if (!readFileSync(file).equals(expected)) throw changedMeanwhile(shownPath);
      renameSync(temp, file);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw refusal(`${shownPath}: could not write the note (${reason(error)}); it was not changed`);
  } finally {
    if (fd !== null) closeSync(fd);
    rmSync(temp, { force: true });
  }
  if (inPlace) return writeInPlace(file, text, expected, shownPath);
  syncFolder(dirname(file));
}

/** Gives the temp file the note's owner and group; false when this process may not. */
function keepOwner(fd: number, st: Stats): boolean {
  if (typeof process.getuid !== 'function') return true; // Windows: no owners to keep
  if (process.getuid() === st.uid && process.getgid?.() === st.gid) return true;
  try {
    fchownSync(fd, st.uid, st.gid);
    return true;
  } catch {
    return false;
  }
}

const changedMeanwhile = (shownPath: string): CliError =>
  refusal(`${shownPath}: the note changed on disk while it was being edited; it was not changed, try again`);

/** The whole text in one write over the note's own inode: links, owner and mode stay as they are. */
function writeInPlace(file: string, text: string, expected: Buffer, shownPath: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r+');
    const size = statSync(file).size;
    const now = Buffer.alloc(size);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, now, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    if (got !== size || !now.equals(expected)) throw changedMeanwhile(shownPath);
    const bytes = Buffer.from(text, 'utf8');
    writeSync(fd, bytes, 0, bytes.length, 0);
    ftruncateSync(fd, bytes.length);
    fsyncSync(fd);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw refusal(`${shownPath}: could not write the note (${reason(error)})`);
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * A run killed mid-write (power cut, SIGKILL) leaves its temp file behind; the note itself is
 * whole. The next write to the same note removes such leftovers of processes that are gone.
 * Only regular files are removed: anything else with a temp-like name is not ours to touch.
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
    if (pid === undefined || isRunning(Number(pid))) continue;
    const path = join(dirname(file), name);
    try {
      if (lstatSync(path).isFile()) rmSync(path, { force: true });
    } catch {
      // Gone already, or not removable: it does not stop this write.
    }
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
