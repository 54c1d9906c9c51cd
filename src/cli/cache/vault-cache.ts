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
import { realpathSync, statSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { ReadResult } from '../../core/schema';
import type { Day } from '../../core/types';
import { isRacy, sameStamp, type Stamps } from '../vault/note-stamps';
import type { FolderListing } from '../vault/walk-vault';
import { cacheDir, cacheFileFor, loadCacheFile, saveCacheFile } from './cache-file';

const FORMAT = 'followups-cache/3';
export const RACY_MS = 2000;
/** Rendered outputs (and JSON tables) kept per vault (e.g. today's and tomorrow's). */
const MAX_OUTPUTS = 4;

/**
 * `agenda --json`'s parts for one key: items in output order, problems sorted by path, each
 * with the position (in `paths`) of the note it came from, and where its JSON sits in the output
 * saved under the same key (`length` is that output's, so a table never reads another's text).
 */
export interface JsonTable {
  length: number;
  items: [at: number, due: Day | null, name: string, start: number, end: number][];
  problems: [at: number, path: string, start: number, end: number][];
}

/**
 * As stored: what every run needs is flat (one string of paths, one array of stamps); each
 * note's read result is its own v8 buffer, all concatenated (`ends[i]` is where note i's ends;
 * an empty one is not a contact), so a run decodes only the results it uses and carries the
 * others over as bytes.
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
  ends: Float64Array;
  listings: [path: string, mtimeMs: number, ino: number, names: string, kinds: string][];
  outputs: [key: string, text: string][];
  /** Each a v8 buffer of a JsonTable, decoded only when a note changed (a hit prints the output). */
  tables: [key: string, table: Uint8Array][];
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
    d.ends instanceof Float64Array &&
    Array.isArray(d.listings) &&
    Array.isArray(d.outputs) &&
    Array.isArray(d.tables)
  );
}

/** The cache data in `file` (its byte parts are views of the file's blobs), or undefined. */
export function readCacheData(file: string): unknown {
  const loaded = loadCacheFile(file);
  if (loaded === undefined || typeof loaded.header !== 'object' || loaded.header === null) return undefined;
  const { blobs } = loaded;
  const header = loaded.header as Record<string, unknown>;
  const blob = (i: unknown): Uint8Array | undefined => (typeof i === 'number' ? blobs[i] : undefined);
  const tables = Array.isArray(header.tables) ? (header.tables as unknown[]).map((t) => (Array.isArray(t) ? [t[0], blob(t[1])] : t)) : header.tables;
  return { ...header, results: blob(header.results), tables };
}

/** Writes cache data: its byte parts (results, tables) as blobs, the rest as the header. */
export function writeCacheData(file: string, value: object): boolean {
  const data = value as Record<string, unknown>;
  const blobs: Uint8Array[] = [];
  const put = (b: unknown): unknown => (b instanceof Uint8Array ? blobs.push(b) - 1 : b);
  const results = put(data.results);
  const tables = Array.isArray(data.tables) ? (data.tables as unknown[]).map((t) => (Array.isArray(t) ? [t[0], put(t[1])] : t)) : data.tables;
  return saveCacheFile(file, { ...data, results, tables }, blobs);
}

const splitPaths = (joined: string): string[] => (joined === '' ? [] : joined.split('\0'));

function countPaths(joined: string): number {
  if (joined === '') return 0;
  let n = 1;
  for (let at = joined.indexOf('\0'); at !== -1; at = joined.indexOf('\0', at + 1)) n++;
  return n;
}

const isRange = (start: unknown, end: unknown, length: number): boolean =>
  Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (start as number) <= (end as number) && (end as number) <= length;

/** A table whose parts all point at saved notes and into its output; anything else is as good as none. */
function isTable(t: unknown, notes: number, text: string): t is JsonTable {
  if (typeof t !== 'object' || t === null) return false;
  const { length, items, problems } = t as Partial<JsonTable>;
  const note = (at: unknown): boolean => Number.isInteger(at) && (at as number) >= 0 && (at as number) < notes;
  return (
    length === text.length &&
    Array.isArray(items) &&
    Array.isArray(problems) &&
    items.every((e) => Array.isArray(e) && note(e[0]) && typeof e[2] === 'string' && isRange(e[3], e[4], length)) &&
    problems.every((e) => Array.isArray(e) && note(e[0]) && typeof e[1] === 'string' && isRange(e[2], e[3], length))
  );
}

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
