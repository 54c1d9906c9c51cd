/**
 * Where the CLI's cache lives and how a cache file is read and written. Outside the vault (never
 * a byte in the user's notes): `$XDG_CACHE_HOME/followups/`, else `~/.cache/followups/`, one file
 * per vault, named by a hash of the vault's real path. Written atomically (a unique temp file
 * renamed into place), so two runs at once each leave a whole file and a reader never sees half
 * of one. Anything unreadable, corrupt or from another version is ignored (and rewritten by the
 * next save). A cache is only ever an optimisation: no error here may fail a command.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, statSync, unlinkSync, writevSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { cacheFolder } from './cache-folder';

/** At most this many vaults' caches are kept; the least recently saved go first. */
const MAX_FILES = 32;
/** A cache larger than this is not written (a vault of ~1M notes). */
const MAX_BYTES = 128 * 2 ** 20;
/** Temp files older than this are from a run that died mid-write. */
const STALE_TEMP_MS = 60 * 60 * 1000;

export function cacheDir(env: Readonly<Record<string, string | undefined>>): string {
  return cacheFolder(env, homedir());
}

export function cacheFileFor(dir: string, vaultRealPath: string): string {
  return join(dir, `${createHash('sha256').update(vaultRealPath).digest('hex').slice(0, 32)}.cache`);
}

/**
 * A cache file: a v8-serialised header, then raw byte blobs (the bulk: paths, stamps, read
 * results, rendered outputs). Framed as [header length: u32 LE][header][blob]...: opening reads
 * the header alone and each blob is read when asked for, from the same open file (a run that
 * renames a new cache into place meanwhile cannot mix two files), so a repeat run that needs
 * the stamps and one output never reads the notes' results.
 */
export interface CacheFile {
  header: unknown;
  /** Blob `i`'s bytes (a fresh, aligned buffer), or undefined when it cannot be read. */
  blob(i: number): Uint8Array | undefined;
  close(): void;
}

/** The file's header and blobs, or undefined when it is missing or not such a file. */
export function openCacheFile(file: string): CacheFile | undefined {
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    const length = readAt(fd, 0, 4);
    if (length === undefined) throw new Error('short');
    const headerEnd = 4 + Buffer.from(length.buffer).readUInt32LE(0);
    const head = headerEnd <= size ? readAt(fd, 4, headerEnd - 4) : undefined;
    if (head === undefined) throw new Error('short');
    const framed = deserialize(head) as { value?: unknown; blobs?: unknown };
    if (!Array.isArray(framed.blobs)) throw new Error('no blobs');
    const offsets: number[] = [];
    let at = headerEnd;
    for (const n of framed.blobs as unknown[]) {
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || at + n > size) throw new Error('bad blob');
      offsets.push(at);
      at += n;
    }
    if (at !== size) throw new Error('bad size');
    const lengths = framed.blobs as number[];
    const open = fd;
    let closed = false;
    return {
      header: framed.value,
      blob: (i) => (closed || offsets[i] === undefined ? undefined : readAt(open, offsets[i], lengths[i] as number)),
      close: () => {
        if (closed) return;
        closed = true;
        try {
          closeSync(open);
        } catch {
          // Closed already.
        }
      },
    };
  } catch {
    if (fd !== null) closeSync(fd);
    return undefined;
  }
}

/** Exactly `length` bytes at `position`, or undefined. */
function readAt(fd: number, position: number, length: number): Uint8Array | undefined {
  try {
    const bytes = new Uint8Array(new ArrayBuffer(length));
    let got = 0;
    while (got < length) {
      const n = readSync(fd, bytes, got, length - got, position + got);
      if (n === 0) return undefined;
      got += n;
    }
    return bytes;
  } catch {
    return undefined;
  }
}

/** Writes `header` and `blobs` to `file` atomically, then prunes the folder. False when it could not. */
export function saveCacheFile(file: string, header: unknown, blobs: readonly Uint8Array[] = []): boolean {
  try {
    const head = serialize({ value: header, blobs: blobs.map((b) => b.length) });
    const size = 4 + head.length + blobs.reduce((n, b) => n + b.length, 0);
    if (size > MAX_BYTES) return false;
    const length = Buffer.alloc(4);
    length.writeUInt32LE(head.length, 0);
    const dir = join(file, '..');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      const fd = openSync(temp, 'w', 0o600);
      try {
        const parts = [length, head, ...blobs];
        // writev may write less than asked: go on from where it stopped.
        let written = writevSync(fd, parts);
        for (let skip = written; skip < size; skip = written) {
          let rest = skip;
          const left: Uint8Array[] = [];
          for (const p of parts) {
            if (rest >= p.length) rest -= p.length;
            else {
              left.push(p.subarray(rest));
              rest = 0;
            }
          }
          written += writevSync(fd, left);
        }
      } finally {
        closeSync(fd);
      }
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
