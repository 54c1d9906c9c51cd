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
import type { ReadResult } from '../../core/schema';
import { isRacy, sameStamp, type Stamps } from '../vault/note-stamps';
import type { FolderListing } from '../vault/walk-vault';
import { cacheDir, cacheFileFor, loadCacheFile, saveCacheFile } from './cache-file';

const FORMAT = 'followups-cache/1';
export const RACY_MS = 2000;
/** Rendered outputs kept per vault (e.g. `agenda` and `agenda --json`, today and tomorrow). */
const MAX_OUTPUTS = 4;

interface CacheData {
  format: string;
  version: string;
  vault: string;
  /** When the saving run started, before it stamped anything. */
  savedAt: number;
  paths: string[];
  stamps: Stamps;
  results: (ReadResult | null)[];
  listings: [string, FolderListing][];
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
    Array.isArray(d.paths) &&
    d.stamps instanceof Float64Array &&
    d.stamps.length === d.paths.length * 4 &&
    Array.isArray(d.results) &&
    d.results.length === d.paths.length &&
    Array.isArray(d.listings) &&
    Array.isArray(d.outputs)
  );
}

export class VaultCache {
  private readonly file: string;
  private readonly version: string;
  private readonly vault: string;
  private readonly old: CacheData | null;
  private byPath: Map<string, number> | null = null;

  private constructor(file: string, version: string, vault: string, old: CacheData | null) {
    this.file = file;
    this.version = version;
    this.vault = vault;
    this.old = old;
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
    for (const [path, listing] of old.listings) if (listing.mtimeMs < old.savedAt - RACY_MS) known.set(path, listing);
    return known;
  }

  get empty(): boolean {
    return this.old === null || this.old.paths.length === 0;
  }

  /**
   * The cached result for the note at `path` when `stamps[at]` is the stamp it was read with
   * (and it was not racy); undefined when it must be read.
   */
  lookup(path: string, position: number, stamps: Stamps, at: number): ReadResult | null | undefined {
    const old = this.old;
    if (old === null) return undefined;
    let i = old.paths[position] === path ? position : -1;
    if (i === -1) {
      this.byPath ??= new Map(old.paths.map((p, k) => [p, k]));
      i = this.byPath.get(path) ?? -1;
    }
    if (i === -1 || !sameStamp(old.stamps, i, stamps, at) || isRacy(old.stamps, i, old.savedAt, RACY_MS)) return undefined;
    return old.results[i] ?? null;
  }

  /** Exactly the notes of the cache, in its order (none added or removed). */
  sameFiles(files: readonly { path: string }[]): boolean {
    const paths = this.old?.paths;
    if (paths?.length !== files.length) return false;
    for (let i = 0; i < files.length; i++) if (paths[i] !== files[i]?.path) return false;
    return true;
  }

  /** The rendered output for `key`, when it was saved for exactly these notes. */
  output(key: string, sameNotes: boolean): string | null {
    if (!sameNotes || this.old === null) return null;
    return this.old.outputs.find(([k]) => k === key)?.[1] ?? null;
  }

  save(state: { startedAt: number; paths: string[]; stamps: Stamps; results: (ReadResult | null)[]; listings: Map<string, FolderListing>; sameNotes: boolean; output?: [string, string] }): void {
    const kept = state.sameNotes && this.old ? this.old.outputs : [];
    const outputs = state.output ? [state.output, ...kept.filter(([k]) => k !== state.output?.[0])].slice(0, MAX_OUTPUTS) : kept;
    const data: CacheData = {
      format: FORMAT,
      version: this.version,
      vault: this.vault,
      savedAt: state.startedAt,
      paths: state.paths,
      stamps: state.stamps,
      results: state.results,
      listings: [...state.listings],
      outputs,
    };
    saveCacheFile(this.file, data);
  }
}
