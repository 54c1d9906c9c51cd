/**
 * The stored shape of one vault's cache (src/cli/cache/vault-cache.ts uses it) and the checks a
 * loaded file must pass before anything in it is trusted: any other shape is as good as none.
 */
import { statSync } from 'node:fs';
import type { Day } from '../../core/types';
import type { Stamps } from '../vault/note-stamps';
import { loadCacheFile, saveCacheFile } from './cache-file';

export const FORMAT = 'followups-cache/3';

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
export interface CacheData {
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
export function codeVersion(): string {
  try {
    const st = statSync(__filename);
    return `${__filename}:${st.size}:${st.mtimeMs}`;
  } catch {
    return __filename;
  }
}

export function isCacheData(v: unknown, version: string, vault: string): v is CacheData {
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

export const splitPaths = (joined: string): string[] => (joined === '' ? [] : joined.split('\0'));

export function countPaths(joined: string): number {
  if (joined === '') return 0;
  let n = 1;
  for (let at = joined.indexOf('\0'); at !== -1; at = joined.indexOf('\0', at + 1)) n++;
  return n;
}

const isRange = (start: unknown, end: unknown, length: number): boolean =>
  Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (start as number) <= (end as number) && (end as number) <= length;

/** A table whose parts all point at saved notes and into its output; anything else is as good as none. */
export function isTable(t: unknown, notes: number, text: string): t is JsonTable {
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
