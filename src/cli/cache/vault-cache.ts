/**
 * One vault's cache, as git's index works: per note its stamp (mtime, ctime, size, inode) and
 * what reading it gave; per folder its listing as of its mtime; and the last few rendered
 * outputs, each for one (command, today, settings, flags), valid only while every note is a hit.
 * A note or folder changed within RACY_MS before the run that saved the cache started (or any
 * time after) is always read again: a change in the same clock tick as its read (2 s on FAT)
 * would keep its stamp. The run's start, not the save, is the mark: every read came after it. The code's own identity is part of
 * the file, so another version's cache is foreign.
 */
import { realpathSync, statSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { ReadResult } from '../../core/schema';
import { isRacy, sameStamp, type Stamps } from '../vault/note-stamps';
import type { FolderListing } from '../vault/walk-vault';
import { cacheDir, cacheFileFor, loadCacheFile, saveCacheFile } from './cache-file';

const FORMAT = 'followups-cache/2';
export const HIT = 'hit';
export const RACY_MS = 2000;
/** Rendered outputs kept per vault (e.g. `agenda` and `agenda --json`, today and tomorrow). */
const MAX_OUTPUTS = 4;

/**
 * As stored: what every run needs is flat (one string of paths, one array of stamps); the read
 * results are a nested v8 buffer, deserialised only when a note changed or an output is new, so
 * a repeat run with nothing changed never builds 10k contact objects.
 */
interface CacheData {
  format: string;
  version: string;
  vault: string;
  /** When the saving run started, before it stamped anything. */
  savedAt: number;
  /** Vault paths joined by NUL (a character no file name holds). */
  paths: string;
  stamps: Stamps;
  results: Uint8Array;
  listings: [path: string, mtimeMs: number, ino: number, names: string, kinds: string][];
  outputs: [key: string, text: string][];
}

/** The running code: a rebuilt or upgraded `followups` never trusts an older one's results. */
function codeVersion(): string {
  try {
    const st = statSync(__filename);
    return `${__filename}:${st.size}:${st.mtimeMs}`;
  } catch {
    return __filename;
  }
}

function isCacheData(v: unknown, version: string, vault: string): v is CacheData {
  if (typeof v !== 'object' || v === null) return false;
  const d = v as Partial<CacheData>;
  return (
    d.format === FORMAT &&
    d.version === version &&
    d.vault === vault &&
    typeof d.savedAt === 'number' &&
    typeof d.paths === 'string' &&
    d.stamps instanceof Float64Array &&
    d.results instanceof Uint8Array &&
    Array.isArray(d.listings) &&
    Array.isArray(d.outputs)
  );
}

const splitPaths = (joined: string): string[] => (joined === '' ? [] : joined.split('\0'));

export class VaultCache {
  private readonly file: string;
  private readonly version: string;
  private readonly vault: string;
  private readonly old: CacheData | null;
  private readonly paths: string[];
  private results: (ReadResult | null)[] | null = null;
  private byPath: Map<string, number> | null = null;

  private constructor(file: string, version: string, vault: string, old: CacheData | null) {
    this.file = file;
    this.version = version;
    this.vault = vault;
    const paths = old === null ? [] : splitPaths(old.paths);
    // A file whose parts disagree is as good as corrupt.
    this.old = old !== null && old.stamps.length === paths.length * 4 ? old : null;
    this.paths = this.old === null ? [] : paths;
  }

  /** The saved read results, decoded on first need; null (all misses) when they do not decode. */
  private savedResults(): (ReadResult | null)[] | null {
    if (this.results === null && this.old !== null) {
      try {
        const value = deserialize(this.old.results) as unknown;
        if (Array.isArray(value) && value.length === this.paths.length) this.results = value as (ReadResult | null)[];
      } catch {
        // Corrupt: every note is read again.
      }
    }
    return this.results;
  }

  /** The vault's cache, or null when there can be none (the vault's real path is unknown). */
  static open(root: string, env: Readonly<Record<string, string | undefined>>): VaultCache | null {
    let vault: string;
    try {
      vault = realpathSync.native(root);
    } catch {
      return null;
    }
    const file = cacheFileFor(cacheDir(env), vault);
    const version = codeVersion();
    const data = loadCacheFile(file);
    return new VaultCache(file, version, vault, isCacheData(data, version, vault) ? data : null);
  }

  /** Folder listings an unchanged folder may reuse (none changed near the save). */
  listings(): Map<string, FolderListing> {
    const old = this.old;
    const known = new Map<string, FolderListing>();
    if (old === null) return known;
    for (const [path, mtimeMs, ino, names, kinds] of old.listings) {
      if (mtimeMs < old.savedAt - RACY_MS) known.set(path, { mtimeMs, ino, names: names === '' ? [] : names.split('\0'), kinds });
    }
    return known;
  }

  get empty(): boolean {
    return this.paths.length === 0;
  }

  /**
   * HIT when the note at `path` has the stamp `stamps[at]` it was read with (and was not racy);
   * undefined when it must be read.
   */
  lookup(path: string, position: number, stamps: Stamps, at: number): typeof HIT | undefined {
    const old = this.old;
    if (old === null) return undefined;
    let i = this.paths[position] === path ? position : -1;
    if (i === -1) {
      this.byPath ??= new Map(this.paths.map((p, k) => [p, k]));
      i = this.byPath.get(path) ?? -1;
    }
    if (i === -1 || !sameStamp(old.stamps, i, stamps, at) || isRacy(old.stamps, i, old.savedAt, RACY_MS)) return undefined;
    return HIT;
  }

  /** The saved result of the note at `position` (after `lookup` said HIT for it). */
  result(path: string, position: number): ReadResult | null | undefined {
    const results = this.savedResults();
    if (results === null) return undefined;
    const i = this.paths[position] === path ? position : (this.byPath?.get(path) ?? -1);
    return i === -1 ? undefined : (results[i] ?? null);
  }

  /** Exactly the notes of the cache, in its order (none added or removed). */
  sameFiles(files: readonly { path: string }[]): boolean {
    const paths = this.paths;
    if (this.old === null || paths.length !== files.length) return false;
    for (let i = 0; i < files.length; i++) if (paths[i] !== files[i]?.path) return false;
    return true;
  }

  /** The rendered output for `key`, when it was saved for exactly these notes. */
  output(key: string, sameNotes: boolean): string | null {
    if (!sameNotes || this.old === null) return null;
    return this.old.outputs.find(([k]) => k === key)?.[1] ?? null;
  }

  /** `results` may be a function: a run that read nothing new need not decode them just to save. */
  save(state: { startedAt: number; paths: string[]; stamps: Stamps; results: () => (ReadResult | null)[]; listings: Map<string, FolderListing>; sameNotes: boolean; output?: [string, string] }): void {
    const kept = state.sameNotes && this.old ? this.old.outputs : [];
    const outputs = state.output ? [state.output, ...kept.filter(([k]) => k !== state.output?.[0])].slice(0, MAX_OUTPUTS) : kept;
    const data: CacheData = {
      format: FORMAT,
      version: this.version,
      vault: this.vault,
      savedAt: state.startedAt,
      paths: state.paths.join('\0'),
      stamps: state.stamps,
      results: state.sameNotes && this.old !== null ? this.old.results : serialize(state.results()),
      listings: [...state.listings].map(([path, l]) => [path, l.mtimeMs, l.ino, l.names.join('\0'), l.kinds]),
      outputs,
    };
    saveCacheFile(this.file, data);
  }
}
