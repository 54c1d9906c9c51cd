/**
 * One vault's cache, as git's index works: per note its stamp (mtime, ctime, size, inode) and
 * what reading it gave; per folder its listing as of its mtime; the last few text agendas, each
 * for one (command, today, settings, flags), valid only while every note is a hit; and for
 * `agenda --json` per-note parts (agenda-json-parts.ts), so one edited note costs one note's
 * work. A note or folder changed within RACY_MS before the run that saved the cache started (or
 * any time after) is always read again: a change in the same clock tick as its read (2 s on FAT)
 * would keep its stamp. The run's start, not the save, is the mark: every read came after it.
 * The code's own identity is part of the file, so another version's cache is foreign.
 */
import { realpathSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ReadResult } from '../../core/schema';
import { isRacy, newStamps, sameStamp, stampPath, type Stamps } from '../vault/note-stamps';
import { stampPaths } from '../vault/stamp-in-parallel';
import { listFolderNow, walkedFile, type FolderListing } from '../vault/walk-vault';
import { codeVersion, countPaths, FORMAT, isTable, openCacheData, splitPaths, writeCacheData, type CacheData, type JsonTable, type StoredCache, type StoredOutput } from './cache-data';
import { cacheDir, cacheFileFor } from './cache-file';
import { packResults } from './pack-results';

const RACY_MS = 2000;
/** Rendered outputs (and JSON tables) kept per vault (e.g. today's and tomorrow's). */
const MAX_OUTPUTS = 4;

/** Per note of this run: the saved note (its index in the cache) whose result still holds, or -1. */
type Reuse = Int32Array;

export class VaultCache {
  private readonly file: string;
  private readonly version: string;
  private readonly vault: string;
  private readonly old: StoredCache | null;
  /** How many notes the saved cache holds. */
  readonly size: number;
  /** The saved paths, split only when this run's differ (a repeat run compares one string). */
  private split: string[] | null = null;
  /** This run's notes are the saved ones, in the same order: note j is saved note j. */
  private identical = false;
  private byPath: Map<string, number> | null = null;
  private packed: { results: Uint8Array; ends: Float64Array } | null | undefined;

  private constructor(file: string, version: string, vault: string, old: StoredCache | null) {
    this.file = file;
    this.version = version;
    this.vault = vault;
    const size = old === null ? 0 : countPaths(old.paths);
    // A file whose parts disagree is as good as corrupt.
    const agree = old !== null && old.stamps.length === size * 4;
    if (!agree) old?.close();
    this.old = agree ? old : null;
    this.size = agree ? size : 0;
  }

  private get paths(): string[] {
    this.split ??= this.old === null ? [] : splitPaths(this.old.paths);
    return this.split;
  }

  /** The saved paths joined by NUL ('' when there is no cache). */
  get savedPaths(): string {
    return this.old?.paths ?? '';
  }

  /** The saved results and where each ends, read on first need; null when they do not agree. */
  private results(): { results: Uint8Array; ends: Float64Array } | null {
    if (this.packed !== undefined) return this.packed;
    const results = this.old?.results();
    const ends = this.old?.ends();
    const ok = results !== undefined && ends !== undefined && ends.length === this.size && (ends[this.size - 1] ?? 0) <= results.length;
    this.packed = ok ? { results, ends } : null;
    return this.packed;
  }

  /** This run's paths joined as `save` takes them: when they are the saved ones, no lookup needs a map. */
  usePaths(joined: string): void {
    this.identical = this.old !== null && this.old.paths === joined;
  }

  /** The vault's cache, or null when there can be none (the vault's real path is unknown). */
  static open(root: string, env: Readonly<Record<string, string | undefined>>): VaultCache | null {
    let vault: string;
    try {
      vault = realpathSync.native(root);
    } catch {
      return null;
    }
    // A relative HOME would put the cache in whatever folder the command runs in: then none.
    const dir = cacheDir(env);
    if (!isAbsolute(dir)) return null;
    const file = cacheFileFor(dir, vault);
    const version = codeVersion();
    return new VaultCache(file, version, vault, openCacheData(file, version, vault));
  }

  /** Done with the saved file (it is read on demand until then). */
  close(): void {
    this.old?.close();
  }

  /**
   * The walk's answer without walking, when the saved walk (from vault path `startPath`, at
   * `start` on disk) was a function of its listings alone and every folder in it lists the same
   * names: unchanged (same mtime and inode, not racy), or listed again and found the same (a note
   * saved by renaming a new file over it changes its folder's mtime, not its names). Then a walk
   * now would list exactly the saved notes, in the saved order: each one's stamp now, in that
   * order, and the listings to save; else null.
   */
  quickWalk(start: string, startPath: string): { stamps: Stamps; listings: CacheData['listings'] } | null {
    const old = this.old;
    if (old === null || !old.complete || old.start !== startPath) return null;
    const onDisk = walkedFile(start, startPath);
    const probe = newStamps(1);
    const listings: CacheData['listings'] = [];
    for (const saved of old.listings) {
      const [path, mtimeMs, ino, names, kinds] = saved;
      stampPath(probe, 0, onDisk(path));
      if (mtimeMs < old.savedAt - RACY_MS && probe[0] === mtimeMs && probe[3] === ino) {
        listings.push(saved);
        continue;
      }
      const now = listFolderNow(onDisk(path), path);
      if (now === null || now.kinds !== kinds || now.names.join('\0') !== names) return null;
      listings.push([path, now.mtimeMs, now.ino, names, kinds]);
    }
    const stamps = stampPaths(old.paths, this.size, start, startPath);
    // A note gone from a folder whose mtime was put back: the walk says what is there.
    for (let j = 0; j < this.size; j++) if (Number.isNaN(stamps[j * 4])) return null;
    return { stamps, listings };
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
    return this.size === 0;
  }

  /**
   * The saved note whose result holds for the note at `path` (this run's `position`, stamped
   * `stamps[at]`): same path, same stamp, not racy; -1 when the note must be read. `path` is
   * only asked for when this run's notes are not the saved ones.
   */
  lookup(path: () => string, position: number, stamps: Stamps, at: number): number {
    const old = this.old;
    if (old === null) return -1;
    let i = position;
    if (!this.identical) {
      const p = path();
      i = this.paths[position] === p ? position : -1;
      if (i === -1) {
        this.byPath ??= new Map(this.paths.map((q, k) => [q, k]));
        i = this.byPath.get(p) ?? -1;
      }
    }
    if (i === -1 || !sameStamp(old.stamps, i, stamps, at) || isRacy(old.stamps, i, old.savedAt, RACY_MS)) return -1;
    return i;
  }

  /** The saved result of saved note `i` (null: not a contact); undefined when it does not decode. */
  result(i: number): ReadResult | null | undefined {
    const packed = this.results();
    if (packed === null) return undefined;
    const from = i === 0 ? 0 : (packed.ends[i - 1] ?? NaN);
    const to = packed.ends[i] ?? NaN;
    if (!(from <= to && to <= packed.results.length)) return undefined;
    if (from === to) return null;
    try {
      const value = deserialize(packed.results.subarray(from, to)) as unknown;
      return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean' ? (value as ReadResult) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Exactly the notes of the cache, in its order (none added or removed): see usePaths. */
  get sameFiles(): boolean {
    return this.identical;
  }

  /** The rendered output for `key` as stored, when it was saved for exactly these notes. */
  output(key: string, sameNotes: boolean): StoredOutput | null {
    if (!sameNotes || this.old === null) return null;
    return this.old.output(key) ?? null;
  }

  /** Whether JSON parts were saved for `key` (an output saved with them is theirs). */
  hasTable(key: string): boolean {
    return this.old?.tableKeys.includes(key) ?? false;
  }

  /** The saved JSON parts for `key` (positions are saved notes') and the output they are in, or null. */
  table(key: string): { table: JsonTable; bytes: Uint8Array; safe: boolean } | null {
    const bytes = this.old?.table(key);
    const stored = this.old?.output(key);
    if (bytes === undefined || stored === undefined) return null;
    try {
      const found = deserialize(bytes) as unknown;
      return isTable(found, this.size, stored.bytes.length) ? { table: found, ...stored } : null;
    } catch {
      return null;
    }
  }

  /**
   * `reuse[j]`: the saved note whose result this run's note j keeps (as bytes), or -1: then
   * `fresh(j)` is its result. With `sameNotes` (nothing changed), the saved results, outputs and
   * tables stay; else only this run's output and table are kept (the others may be stale).
   */
  save(state: {
    startedAt: number;
    /** This run's paths, joined by NUL. */
    paths: string;
    stamps: Stamps;
    reuse: Reuse;
    fresh: (j: number) => ReadResult | null;
    /** The walk's listings, or quickWalk's. */
    listings: Map<string, FolderListing> | CacheData['listings'];
    /** The walk's start and whether it was a function of its listings alone (see CacheData). */
    start: string;
    complete: boolean;
    sameNotes: boolean;
    output?: [string, string | StoredOutput];
    table?: [string, JsonTable];
  }): void {
    const old = this.old;
    const carried = state.sameNotes && old !== null ? this.results() : null;
    const same = carried !== null && old !== null;
    const mine = (k: string): boolean => k === state.output?.[0] || k === state.table?.[0];
    const keep = (keys: string[]): string[] => (same ? keys.filter((k) => !mine(k)) : []);
    const outputs: [string, string | StoredOutput][] = [
      ...(state.output ? [state.output] : []),
      ...keep(old?.outputKeys ?? []).flatMap((k): [string, StoredOutput][] => {
        const o = old?.output(k);
        return o === undefined ? [] : [[k, o]];
      }),
    ].slice(0, MAX_OUTPUTS);
    const tables: [string, Uint8Array][] = [
      ...(state.table ? [[state.table[0], serialize(state.table[1])] as [string, Uint8Array]] : []),
      ...keep(old?.tableKeys ?? []).flatMap((k): [string, Uint8Array][] => {
        const t = old?.table(k);
        return t === undefined ? [] : [[k, t]];
      }),
    ].slice(0, MAX_OUTPUTS);
    const packed = same ? carried : this.pack(state.reuse, state.fresh);
    if (packed === null) return;
    const listings: CacheData['listings'] = Array.isArray(state.listings) ? state.listings : [...state.listings].map(([path, l]) => [path, l.mtimeMs, l.ino, l.names.join('\0'), l.kinds]);
    const data: Omit<CacheData, 'outputs'> & { outputs: [string, string | StoredOutput][] } = {
      format: FORMAT,
      version: this.version,
      vault: this.vault,
      savedAt: state.startedAt,
      start: state.start,
      complete: state.complete,
      paths: state.paths,
      stamps: state.stamps,
      ...packed,
      listings,
      outputs,
      tables,
    };
    writeCacheData(this.file, data);
  }

  /** Every note's result as bytes (see packResults); null when reused bytes are missing. */
  private pack(reuse: Reuse, fresh: (j: number) => ReadResult | null): { results: Uint8Array; ends: Float64Array } | null {
    const old = reuse.some((i) => i >= 0) ? this.results() : null;
    if (old === null && reuse.some((i) => i >= 0)) return null;
    return packResults(reuse, fresh, old);
  }

  /** Whether saved results can be carried over (read on first need); if not, every note is read. */
  get resultsUsable(): boolean {
    return this.results() !== null;
  }
}
