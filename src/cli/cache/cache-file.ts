/**
 * Where the CLI's cache lives and how a cache file is read and written. Outside the vault (never
 * a byte in the user's notes): `$XDG_CACHE_HOME/followups/`, else `~/.cache/followups/`, one file
 * per vault, named by a hash of the vault's real path. Written atomically (a unique temp file
 * renamed into place), so two runs at once each leave a whole file and a reader never sees half
 * of one. Anything unreadable, corrupt or from another version is ignored (and rewritten by the
 * next save). A cache is only ever an optimisation: no error here may fail a command.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** At most this many vaults' caches are kept; the least recently saved go first. */
const MAX_FILES = 32;
/** A cache larger than this is not written (a vault of ~1M notes). */
const MAX_BYTES = 128 * 2 ** 20;
/** Temp files older than this are from a run that died mid-write. */
const STALE_TEMP_MS = 60 * 60 * 1000;

export function cacheDir(env: Readonly<Record<string, string | undefined>>): string {
  const xdg = env.XDG_CACHE_HOME;
  // The XDG spec: a relative path is invalid and must be ignored.
  const base = xdg !== undefined && xdg !== '' && isAbsolute(xdg) ? xdg : join(homedir(), '.cache');
  return join(base, 'followups');
}

export function cacheFileFor(dir: string, vaultRealPath: string): string {
  return join(dir, `${createHash('sha256').update(vaultRealPath).digest('hex').slice(0, 32)}.cache`);
}

/** The file's value, or undefined when it is missing or not a v8-serialised value. */
export function loadCacheFile(file: string): unknown {
  try {
    return deserialize(readFileSync(file)) as unknown;
  } catch {
    return undefined;
  }
}

/** Writes `value` to `file` atomically, then prunes the folder. False when it could not. */
export function saveCacheFile(file: string, value: unknown): boolean {
  try {
    const bytes = serialize(value);
    if (bytes.length > MAX_BYTES) return false;
    const dir = join(file, '..');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      writeFileSync(temp, bytes, { mode: 0o600 });
      renameSync(temp, file);
    } catch {
      try {
        unlinkSync(temp);
      } catch {
        // Never written.
      }
      return false;
    }
    prune(dir);
    return true;
  } catch {
    return false;
  }
}

/** Bounded: the newest MAX_FILES caches stay; dead temp files go. */
function prune(dir: string): void {
  const now = Date.now();
  const caches: { file: string; mtimeMs: number }[] = [];
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    try {
      const { mtimeMs } = statSync(file);
      if (name.endsWith('.tmp')) {
        if (now - mtimeMs > STALE_TEMP_MS) unlinkSync(file);
      } else if (name.endsWith('.cache')) caches.push({ file, mtimeMs });
    } catch {
      // Gone already (another run pruned it).
    }
  }
  caches.sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const { file } of caches.slice(MAX_FILES)) {
    try {
      unlinkSync(file);
    } catch {
      // Gone already.
    }
  }
}
