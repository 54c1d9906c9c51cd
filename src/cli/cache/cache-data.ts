/**
 * The stored shape of one vault's cache (src/cli/cache/vault-cache.ts uses it) and the checks a
 * loaded file must pass before anything in it is trusted: any other shape is as good as none.
 */
import { statSync } from 'node:fs';
import type { Day } from '../../core/types';
import type { Stamps } from '../vault/note-stamps';
import { terminalSafe } from '../output/terminal-text';
import { openCacheFile, saveCacheFile } from './cache-file';

export const FORMAT = 'followups-cache/4';

/**
 * `agenda --json`'s parts for one key: items in output order, problems sorted by path, each
 * with the position (in `paths`) of the note it came from, and where its JSON sits in the output
 * saved under the same key, in bytes of its UTF-8 (`length` is that output's, so a table never
 * reads another's).
 */
export interface JsonTable {
  length: number;
  items: [at: number, due: Day | null, name: string, start: number, end: number][];
  problems: [at: number, path: string, start: number, end: number][];
}

/**
 * A cache's content (what `save` writes, and tests read back): what every run needs is flat
 * (one string of paths, one array of stamps, the folders' listings); each note's read result
 * is its own v8 buffer, all concatenated (`ends[i]` is where note i's ends; an empty one is not
 * a contact), so a run decodes only the results it uses and carries the others over as bytes.
 */
export interface CacheData {
  format: string;
  version: string;
  vault: string;
  /** When the saving run started, before it stamped anything. */
  savedAt: number;
  /** The folder the saving run walked (vault path: '' or the contacts folder). */
  start: string;
  /** Whether that walk was a function of its listings alone: nothing unreadable, no links. */
  complete: boolean;
  /** Vault paths joined by NUL (a character no file name holds), in walk order. */
  paths: string;
  stamps: Stamps;
  results: Uint8Array;
  ends: Float64Array;
  /** Every folder walked, in walk order. */
  listings: [path: string, mtimeMs: number, ino: number, names: string, kinds: string][];
  outputs: [key: string, text: string][];
  /** Each a v8 buffer of a JsonTable, decoded only when a note changed (a hit prints the output). */
  tables: [key: string, table: Uint8Array][];
}

/** An output as stored: its UTF-8 bytes, and whether the terminal guard would leave it as it is. */
export interface StoredOutput {
  bytes: Uint8Array;
  safe: boolean;
}

/**
 * A cache file opened: the header, paths and stamps read (what a repeat run checks); results,
 * ends, outputs and tables read from the same open file when first asked for.
 */
export interface StoredCache extends Omit<CacheData, 'results' | 'ends' | 'outputs' | 'tables'> {
  outputKeys: string[];
  tableKeys: string[];
  results: () => Uint8Array | undefined;
  ends: () => Float64Array | undefined;
  output: (key: string) => StoredOutput | undefined;
  table: (key: string) => Uint8Array | undefined;
  close: () => void;
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

const BLOB_PARTS = ['paths', 'stamps', 'results', 'ends'] as const;

interface Header {
  format: unknown;
  version: unknown;
  vault: unknown;
  savedAt: unknown;
  start: unknown;
  complete: unknown;
  listings: unknown;
  /** Blob index of each flat part. */
  parts: Partial<Record<(typeof BLOB_PARTS)[number], number>>;
  outputs: [key: string, blob: number, safe: boolean][];
  tables: [key: string, blob: number][];
}

const isKeyed = (v: unknown): v is [string, number, ...unknown[]][] => Array.isArray(v) && v.every((e) => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'number');

const floats = (b: Uint8Array | undefined): Float64Array | undefined => (b === undefined || b.length % 8 !== 0 ? undefined : new Float64Array(b.buffer, b.byteOffset, b.length / 8));

/** The cache in `file` when it is this code's, for this vault, and well-formed; else null. */
export function openCacheData(file: string, version?: string, vault?: string): StoredCache | null {
  const f = openCacheFile(file);
  if (f === undefined) return null;
  const h = f.header as Partial<Header> | null;
  const parts = h?.parts;
  const ok =
    typeof h === 'object' &&
    h !== null &&
    h.format === FORMAT &&
    (version === undefined || h.version === version) &&
    (vault === undefined || h.vault === vault) &&
    typeof h.version === 'string' &&
    typeof h.vault === 'string' &&
    typeof h.savedAt === 'number' &&
    typeof h.start === 'string' &&
    typeof h.complete === 'boolean' &&
    Array.isArray(h.listings) &&
    typeof parts === 'object' &&
    parts !== null &&
    BLOB_PARTS.every((k) => typeof parts[k] === 'number') &&
    isKeyed(h.outputs) &&
    h.outputs.every((e) => typeof e[2] === 'boolean') &&
    isKeyed(h.tables);
  const pathBytes = ok ? f.blob(parts.paths as number) : undefined;
  const stamps = ok ? floats(f.blob(parts.stamps as number)) : undefined;
  if (!ok || pathBytes === undefined || stamps === undefined) {
    f.close();
    return null;
  }
  const blobOf = (list: [string, number, ...unknown[]][], key: string): number | undefined => list.find(([k]) => k === key)?.[1];
  const outputs = h.outputs as Header['outputs'];
  const tables = h.tables as Header['tables'];
  return {
    format: FORMAT,
    version: h.version as string,
    vault: h.vault as string,
    savedAt: h.savedAt as number,
    start: h.start as string,
    complete: h.complete as boolean,
    listings: h.listings as CacheData['listings'],
    paths: Buffer.from(pathBytes.buffer, pathBytes.byteOffset, pathBytes.length).toString('utf8'),
    stamps,
    outputKeys: outputs.map(([k]) => k),
    tableKeys: tables.map(([k]) => k),
    results: () => f.blob(parts.results as number),
    ends: () => floats(f.blob(parts.ends as number)),
    output: (key) => {
      const entry = outputs.find(([k]) => k === key);
      const bytes = entry === undefined ? undefined : f.blob(entry[1]);
      return entry === undefined || bytes === undefined ? undefined : { bytes, safe: entry[2] };
    },
    table: (key) => {
      const i = blobOf(tables, key);
      return i === undefined ? undefined : f.blob(i);
    },
    close: () => f.close(),
  };
}

const text = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.length).toString('utf8');

/** The whole cache data in `file`, every part read (for tests and tools), or undefined. */
export function readCacheData(file: string): CacheData | undefined {
  const c = openCacheData(file);
  if (c === null) return undefined;
  try {
    const results = c.results();
    const ends = c.ends();
    if (results === undefined || ends === undefined) return undefined;
    const { outputKeys, tableKeys, output, table, close: _close, results: _r, ends: _e, ...flat } = c;
    return {
      ...flat,
      results,
      ends,
      outputs: outputKeys.flatMap((k): [string, string][] => {
        const o = output(k);
        return o === undefined ? [] : [[k, text(o.bytes)]];
      }),
      tables: tableKeys.flatMap((k): [string, Uint8Array][] => {
        const t = table(k);
        return t === undefined ? [] : [[k, t]];
      }),
    };
  } finally {
    c.close();
  }
}

const bytesOf = (v: unknown): Uint8Array | undefined =>
  typeof v === 'string' ? Buffer.from(v, 'utf8') : v instanceof Float64Array ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength) : v instanceof Uint8Array ? v : undefined;

/** An output (text, or as stored by an earlier save) as [blob, safe]; anything else is left as it is. */
function storedOutput(o: unknown, put: (b: Uint8Array) => number): unknown[] {
  if (typeof o === 'string') return [put(Buffer.from(o, 'utf8')), terminalSafe(o) === o];
  const s = o as Partial<StoredOutput> | null;
  return s !== null && typeof s === 'object' && s.bytes instanceof Uint8Array && typeof s.safe === 'boolean' ? [put(s.bytes), s.safe] : [o];
}

/**
 * Writes cache data: paths, stamps, results and ends, each output (as UTF-8) and each table as
 * blobs, the rest as the header. A part of the wrong type is left out (the file then fails
 * openCacheData's checks, as any other shape would).
 */
export function writeCacheData(file: string, value: object): boolean {
  const data = value as Record<string, unknown>;
  const blobs: Uint8Array[] = [];
  const put = (b: Uint8Array): number => blobs.push(b) - 1;
  const parts: Header['parts'] = {};
  const typed: Record<(typeof BLOB_PARTS)[number], (v: unknown) => boolean> = {
    paths: (v) => typeof v === 'string',
    stamps: (v) => v instanceof Float64Array,
    results: (v) => v instanceof Uint8Array && !(v instanceof Float64Array),
    ends: (v) => v instanceof Float64Array,
  };
  for (const k of BLOB_PARTS) {
    const bytes = typed[k](data[k]) ? bytesOf(data[k]) : undefined;
    if (bytes !== undefined) parts[k] = put(bytes);
  }
  const outputs = Array.isArray(data.outputs)
    ? (data.outputs as unknown[]).map((o) => (Array.isArray(o) ? [o[0], ...storedOutput(o[1], put)] : o))
    : data.outputs;
  const tables = Array.isArray(data.tables) ? (data.tables as unknown[]).map((t) => (Array.isArray(t) && t[1] instanceof Uint8Array ? [t[0], put(t[1])] : t)) : data.tables;
  const { paths: _p, stamps: _s, results: _r, ends: _e, ...rest } = data;
  return saveCacheFile(file, { ...rest, parts, outputs, tables }, blobs);
}

export const splitPaths = (joined: string): string[] => (joined === '' ? [] : joined.split('\0'));

/** Where each of the `count` paths in `joined` starts; `starts[count]` is one past the end (shared, for a second thread, when asked). */
export function pathStarts(joined: string, count: number, shared = false): Int32Array {
  const starts = new Int32Array(shared ? new SharedArrayBuffer((count + 1) * 4) : new ArrayBuffer((count + 1) * 4));
  let from = 0;
  for (let j = 0; j < count; j++) {
    starts[j] = from;
    const to = joined.indexOf('\0', from);
    from = to === -1 ? joined.length + 1 : to + 1;
  }
  starts[count] = from;
  return starts;
}

/** Path `j` of `joined`, by its `starts`. */
export const pathAt = (joined: string, starts: Int32Array, j: number): string => joined.slice(starts[j], (starts[j + 1] as number) - 1);

export function countPaths(joined: string): number {
  if (joined === '') return 0;
  let n = 1;
  for (let at = joined.indexOf('\0'); at !== -1; at = joined.indexOf('\0', at + 1)) n++;
  return n;
}

const isRange = (start: unknown, end: unknown, length: number): boolean =>
  Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (start as number) <= (end as number) && (end as number) <= length;

/** A table whose parts all point at saved notes and into its output (`bytes` long); anything else is as good as none. */
export function isTable(t: unknown, notes: number, bytes: number): t is JsonTable {
  if (typeof t !== 'object' || t === null) return false;
  const { length, items, problems } = t as Partial<JsonTable>;
  const note = (at: unknown): boolean => Number.isInteger(at) && (at as number) >= 0 && (at as number) < notes;
  return (
    length === bytes &&
    Array.isArray(items) &&
    Array.isArray(problems) &&
    items.every((e) => Array.isArray(e) && note(e[0]) && typeof e[2] === 'string' && isRange(e[3], e[4], length)) &&
    problems.every((e) => Array.isArray(e) && note(e[0]) && typeof e[1] === 'string' && isRange(e[2], e[3], length))
  );
}
