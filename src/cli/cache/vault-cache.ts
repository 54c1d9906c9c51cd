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
import { deserialize, serialize } from 'node:v8';
import type { ReadResult } from '../../core/schema';
import { isRacy, sameStamp, type Stamps } from '../vault/note-stamps';
import type { FolderListing } from '../vault/walk-vault';
import { codeVersion, countPaths, FORMAT, isCacheData, isTable, readCacheData, splitPaths, writeCacheData, type CacheData, type JsonTable } from './cache-data';
import { cacheDir, cacheFileFor } from './cache-file';

export const RACY_MS = 2000;
/** Rendered outputs (and JSON tables) kept per vault (e.g. today's and tomorrow's). */
const MAX_OUTPUTS = 4;

/** Per note of this run: the saved note (its index in the cache) whose result still holds, or -1. */
export type Reuse = Int32Array;

export class VaultCache {
  private readonly file: string;
  private readonly version: string;
  private readonly vault: string;
  private readonly old: CacheData | null;
  /** How many notes the saved cache holds. */
  readonly size: number;
  /** The saved paths, split only when this run's differ (a repeat run compares one string). */
  private split: string[] | null = null;
  /** This run's notes are the saved ones, in the same order: note j is saved note j. */
  private identical = false;
  private byPath: Map<string, number> | null = null;

  private constructor(file: string, version: string, vault: string, old: CacheData | null) {
    this.file = file;
    this.version = version;
    this.vault = vault;
    const size = old === null ? 0 : countPaths(old.paths);
    // A file whose parts disagree is as good as corrupt.
    const agree = old !== null && old.stamps.length === size * 4 && old.ends.length === size && (old.ends[size - 1] ?? 0) <= old.results.length;
    this.old = agree ? old : null;
    this.size = agree ? size : 0;
  }

  private get paths(): string[] {
    this.split ??= this.old === null ? [] : splitPaths(this.old.paths);
    return this.split;
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
    const file = cacheFileFor(cacheDir(env), vault);
    const version = codeVersion();
    const data = readCacheData(file);
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
    return this.size === 0;
  }

  /**
   * The saved note whose result holds for the note at `path` (this run's `position`, stamped
   * `stamps[at]`): same path, same stamp, not racy; -1 when the note must be read.
   */
  lookup(path: string, position: number, stamps: Stamps, at: number): number {
    const old = this.old;
    if (old === null) return -1;
    let i = this.identical ? position : this.paths[position] === path ? position : -1;
    if (i === -1) {
      this.byPath ??= new Map(this.paths.map((p, k) => [p, k]));
      i = this.byPath.get(path) ?? -1;
    }
    if (i === -1 || !sameStamp(old.stamps, i, stamps, at) || isRacy(old.stamps, i, old.savedAt, RACY_MS)) return -1;
    return i;
  }

  /** The saved result of saved note `i` (null: not a contact); undefined when it does not decode. */
  result(i: number): ReadResult | null | undefined {
    const old = this.old;
    if (old === null) return undefined;
    const from = i === 0 ? 0 : (old.ends[i - 1] ?? NaN);
    const to = old.ends[i] ?? NaN;
    if (!(from <= to && to <= old.results.length)) return undefined;
    if (from === to) return null;
    try {
      const value = deserialize(old.results.subarray(from, to)) as unknown;
      return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean' ? (value as ReadResult) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Exactly the notes of the cache, in its order (none added or removed): see usePaths. */
  get sameFiles(): boolean {
    return this.identical;
  }

  /** The rendered output for `key`, when it was saved for exactly these notes. */
  output(key: string, sameNotes: boolean): string | null {
    if (!sameNotes || this.old === null) return null;
    return this.old.outputs.find(([k]) => k === key)?.[1] ?? null;
  }

  /** Whether JSON parts were saved for `key` (an output saved with them is theirs). */
  hasTable(key: string): boolean {
    return this.old?.tables.some(([k]) => k === key) ?? false;
  }

  /** The saved JSON parts for `key` (positions are saved notes') and the output they are in, or null. */
  table(key: string): { table: JsonTable; text: string } | null {
    const bytes = this.old?.tables.find(([k]) => k === key)?.[1];
    const text = this.old?.outputs.find(([k]) => k === key)?.[1];
    if (!(bytes instanceof Uint8Array) || typeof text !== 'string') return null;
    try {
      const found = deserialize(bytes) as unknown;
      return isTable(found, this.size, text) ? { table: found, text } : null;
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
    listings: Map<string, FolderListing>;
    sameNotes: boolean;
    output?: [string, string];
    table?: [string, JsonTable];
  }): void {
    const old = this.old;
    const same = state.sameNotes && old !== null;
    const mine = (k: string): boolean => k === state.output?.[0] || k === state.table?.[0];
    const outputs = [...(state.output ? [state.output] : []), ...(same ? old.outputs.filter(([k]) => !mine(k)) : [])].slice(0, MAX_OUTPUTS);
    const table: [string, Uint8Array][] = state.table ? [[state.table[0], serialize(state.table[1])]] : [];
    const tables = [...table, ...(same ? old.tables.filter(([k]) => !mine(k)) : [])].slice(0, MAX_OUTPUTS);
    const packed = same ? { results: old.results, ends: old.ends } : this.pack(state.reuse, state.fresh);
    const data: CacheData = {
      format: FORMAT,
      version: this.version,
      vault: this.vault,
      savedAt: state.startedAt,
      paths: state.paths,
      stamps: state.stamps,
      ...packed,
      listings: [...state.listings].map(([path, l]) => [path, l.mtimeMs, l.ino, l.names.join('\0'), l.kinds]),
      outputs,
      tables,
    };
    writeCacheData(this.file, data);
  }

  /** Every note's result as bytes: runs of reused notes copied as one slice, fresh ones encoded. */
  private pack(reuse: Reuse, fresh: (j: number) => ReadResult | null): { results: Uint8Array; ends: Float64Array } {
    const old = this.old;
    const chunks: Uint8Array[] = [];
    const ends = new Float64Array(reuse.length);
    let size = 0;
    let runFrom = -1;
    let runTo = -1;
    const flush = (): void => {
      if (old !== null && runTo > runFrom) chunks.push(old.results.subarray(runFrom, runTo));
      runFrom = runTo = -1;
    };
    for (let j = 0; j < reuse.length; j++) {
      const i = reuse[j] ?? -1;
      if (i >= 0 && old !== null) {
        const from = i === 0 ? 0 : (old.ends[i - 1] ?? 0);
        const to = old.ends[i] ?? 0;
        if (from !== runTo) {
          flush();
          runFrom = from;
        }
        runTo = to;
        size += to - from;
      } else {
        flush();
        const r = fresh(j);
        if (r !== null) {
          const bytes = serialize(r);
          chunks.push(bytes);
          size += bytes.length;
        }
      }
      ends[j] = size;
    }
    flush();
    return { results: Buffer.concat(chunks, size), ends };
  }
}
