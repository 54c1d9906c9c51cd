/**
 * A folder of notes -> its settings and every contact in it (or in its contacts folder). With
 * the cache on, an unchanged folder is not listed again and an unchanged note is not read again
 * (see cache/vault-cache.ts); only what changed is read, on the same path as a run without one.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { AgendaFilter } from '../../core/agenda';
import type { ReadResult } from '../../core/schema';
import type { Settings } from '../../core/settings';
import type { Day, Problem } from '../../core/types';
import { compareItems, compareProblems, joinAgendaJson, noteParts, problemParts, type PlacedItem } from '../cache/agenda-json-parts';
import { splitPaths, type JsonTable, type StoredOutput } from '../cache/cache-data';
import { VaultCache } from '../cache/vault-cache';
import { CliError, EXIT_USAGE, refusal } from '../cli-error';
import { readSettingsFile } from './load-settings';
import { newStamps } from './note-stamps';
import { keepYoungGenerationSmall, readNoteParts, readNotes, warmUpReaders, type RenderFor } from './read-in-parallel';
import { PartsWriter, type RenderedParts } from './rendered-parts';
import { stampPaths } from './stamp-in-parallel';
import { unreadable } from './read-note';
import { terminalSafe } from '../output/terminal-text';
import { walkVault, type Walk } from './walk-vault';
import { vaultFolder } from '../../core/vault-folder';

export interface VaultRead {
  settings: Settings;
  /** Values in the settings file that could not be used (the default was). */
  settingsProblems: Problem[];
  reads: ReadResult[];
  /** A rendered output saved for exactly these notes under `key`, or null (see Printable). */
  cachedOutput(key: string): Printable | null;
  /**
   * `agenda --json`'s text for `today` and `filter` (`key` names them, with the settings): with
   * the cache, only notes that changed since it was saved are planned and rendered.
   */
  agendaJson(key: string, today: Day, filter: AgendaFilter): Printable;
  /** Saves the cache (when on and anything changed), with this run's output under its key. */
  saveCache(output?: [key: string, text: string]): void;
}

/**
 * Output to write as it is: text, or bytes (a saved output the terminal guard would leave as it
 * is, written without decoding; the guard lets bytes pass).
 */
export type Printable = string | Uint8Array;

const printable = (o: StoredOutput): Printable => (o.safe ? o.bytes : Buffer.from(o.bytes.buffer, o.bytes.byteOffset, o.bytes.length).toString('utf8'));

export interface ReadVaultOptions {
  /** Off with `--no-cache`. */
  cache: boolean;
  env?: Readonly<Record<string, string | undefined>>;
}

const isDir = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** An item with the note (this run's position) it came from. */
type Item = PlacedItem & { at: number };
type NoteProblem = [at: number, path: string, json: Uint8Array];
/** The agenda's parts so far, and whether each is one the terminal guard leaves as it is. */
interface Parts {
  items: Item[];
  problems: NoteProblem[];
  safe: boolean;
}
const newParts = (safe = true): Parts => ({ items: [], problems: [], safe });

/** A fresh part as UTF-8, noting whether the guard would change it (the leading problems'). */
function encode(into: Parts, json: string): Uint8Array {
  if (into.safe && terminalSafe(json) !== json) into.safe = false;
  return Buffer.from(json, 'utf8');
}

/** Rendered parts, kept as slices of their bytes. */
function addRendered(into: Parts, rendered: RenderedParts, path: (j: number) => string): void {
  const { bytes } = rendered;
  if (!rendered.safe) into.safe = false;
  for (const [at, due, name, start, end] of rendered.items) into.items.push({ due, name, path: path(at), json: bytes.subarray(start, end), at });
  for (const [at, p, start, end] of rendered.problems) into.problems.push([at, p, bytes.subarray(start, end)]);
}

/** The agenda's work for the notes `js` (`resultOf(j)`: note j's read result), rendered as a fresh read renders them, into the lists. */
function addNotes(into: Parts, js: Iterable<number>, resultOf: (j: number) => ReadResult | null, path: (j: number) => string, render: RenderFor): void {
  const writer = new PartsWriter();
  for (const j of js) {
    const r = resultOf(j);
    if (r !== null) writer.add(j, noteParts(r, render.settings, render.today, render.filter));
  }
  addRendered(into, writer.done(), path);
}

/**
 * Items and problems sorted (unless they are already), `leading` problems first on a tie,
 * joined; with the table that lets a later run take the notes' parts back out of the bytes.
 */
function joinParts(today: Day, parts: Parts, leading: Problem[], sorted: boolean): { output: StoredOutput; table: JsonTable } {
  if (!sorted) {
    parts.items.sort(compareItems);
    parts.problems.sort((a, b) => compareProblems([a[1], a[2]], [b[1], b[2]]));
  }
  const first = problemParts(leading, today);
  const all: [string, Uint8Array, number][] = [...first.map(([p, j]): [string, Uint8Array, number] => [p, encode(parts, j), -1]), ...parts.problems.map(([at, p, j]): [string, Uint8Array, number] => [p, j, at])];
  all.sort((a, b) => compareProblems([a[0], a[1]], [b[0], b[1]]));
  const joined = joinAgendaJson(today, parts.items, all.map(([p, j]): [string, Uint8Array] => [p, j]));
  const items = parts.items.map((it, k): JsonTable['items'][number] => [it.at, it.due, it.name, ...(joined.items[k] as [number, number])]);
  const problems: JsonTable['problems'] = [];
  all.forEach(([p, , at], k) => {
    if (at >= 0) problems.push([at, p, ...(joined.problems[k] as [number, number])]);
  });
  // The skeleton is the core's own JSON: safe as the parts are.
  return { output: { bytes: joined.bytes, safe: parts.safe }, table: { length: joined.bytes.length, items, problems } };
}

export function readVault(root: string, options: ReadVaultOptions = { cache: false }): VaultRead {
  if (!isDir(root)) throw new CliError(`no such folder: ${root}`, EXIT_USAGE);
  const { settings, problems: settingsProblems } = readSettingsFile(root);
  const folder = vaultFolder(settings.contactsFolder);
  if (folder !== '' && !isDir(join(root, folder))) {
    throw refusal(`the contacts folder "${folder}" (from the settings) is not a folder in ${root}`);
  }
  const startedAt = Date.now();
  keepYoungGenerationSmall();
  const from = { start: join(root, folder), startPath: folder };
  const cache = options.cache ? VaultCache.open(root, options.env ?? process.env) : null;
  // Every folder as saved: the notes are the saved ones, in the saved order, each stat'ed here.
  const quick = cache?.quickWalk(from.start, folder) ?? null;
  // A walk whose notes will all be read starts the second reading thread on the way.
  const readsAll = cache === null || cache.empty;
  const walk = quick === null ? walkVault(root, folder, cache?.listings(), readsAll ? warmUpReaders : undefined) : null;
  const problems = (walk?.unreadable ?? []).map(({ path, message }) => unreadable(path, message));
  const leading = [...settingsProblems, ...problems.flatMap((r) => (r.ok ? [] : r.problems))];
  if (cache === null) {
    const files = (walk as Walk).paths;
    // Read on first need: `agenda --json` plans and renders each note as it is read instead.
    let results: (ReadResult | null)[] | null = null;
    let reads: ReadResult[] | null = null;
    return {
      settings,
      settingsProblems,
      get reads() {
        results ??= readNotes(files, from, false).results;
        reads ??= [...problems, ...results.filter((r): r is ReadResult => r !== null)];
        return reads;
      },
      cachedOutput: () => null,
      agendaJson: (_key, today, filter) => {
        const parts = newParts();
        const path = (j: number): string => files[j] as string;
        if (results === null) addRendered(parts, readNoteParts(files, from, { settings, today, filter }), path);
        else addNotes(parts, results.keys(), (j) => results?.[j] ?? null, path, { settings, today, filter });
        return printable(joinParts(today, parts, leading, false).output);
      },
      saveCache: () => {},
    };
  }

  // Stat every note (the quick walk did); read only those whose stamp differs from the cached one.
  const count = walk === null ? cache.size : walk.paths.length;
  const joined = walk === null ? cache.savedPaths : walk.paths.join('\0');
  let paths: string[] | null = null;
  /** Each note's vault path (split only when a note changed). */
  const pathList = (): string[] => (paths ??= splitPaths(joined));
  const stamps = quick?.stamps ?? (cache.empty ? newStamps(count) : stampPaths(joined, count, from.start, folder));
  cache.usePaths(joined);
  /** Per note: the saved note whose result holds, or -1 (then it is read). */
  const reuse = new Int32Array(count);
  let missed: number[] = [];
  for (let j = 0; j < count; j++) {
    const i = cache.lookup(() => pathList()[j] as string, j, stamps, j);
    reuse[j] = i;
    if (i === -1) missed.push(j);
  }
  // Saved results that are not whole cannot be carried over: then every note is read.
  if ((missed.length > 0 || !cache.sameFiles) && missed.length < count && !cache.resultsUsable) {
    reuse.fill(-1);
    missed = Array.from({ length: count }, (_, j) => j);
  }
  const complete = walk === null || (walk.unreadable.length === 0 && [...walk.listings.values()].every((l) => !l.kinds.includes('l')));
  // The outputs saved with the cache hold while every note (and no unreadable one) is as saved.
  const sameNotes = missed.length === 0 && problems.length === 0 && cache.sameFiles;
  /** Results read in this run, by note. */
  const fresh = new Map<number, ReadResult | null>();
  const readMissed = (which: number[]): void => {
    const todo = which.filter((j) => !fresh.has(j));
    if (todo.length === 0) return;
    const list = walk?.paths ?? pathList();
    const read = readNotes(todo.map((j) => list[j] as string), from);
    for (let k = 0; k < todo.length; k++) {
      const j = todo[k] as number;
      fresh.set(j, read.results[k] ?? null);
      reuse[j] = -1;
      stamps.set(read.stamps.subarray(k * 4, k * 4 + 4), j * 4);
    }
  };
  let results: (ReadResult | null)[] | null = null;
  let repaired = false;
  /** Every note's result: saved ones decoded, changed ones read. Only built when needed. */
  const allResults = (): (ReadResult | null)[] => {
    if (results !== null) return results;
    const all = new Array<ReadResult | null>(count).fill(null);
    const undecoded: number[] = [];
    for (let j = 0; j < count; j++) {
      const i = reuse[j] as number;
      if (i === -1) continue;
      const saved = cache.result(i);
      if (saved === undefined) undecoded.push(j);
      else all[j] = saved;
    }
    readMissed([...missed, ...undecoded]);
    // Saved bytes that did not decode are not kept: the notes were read again.
    if (undecoded.length > 0) repaired = true;
    for (const [j, r] of fresh) all[j] = r;
    results = all;
    return all;
  };
  let reads: ReadResult[] | null = null;
  let table: [string, JsonTable] | undefined;
  let tableChanged = false;
  let jsonOutput: [string, StoredOutput] | undefined;

  const agendaJson = (key: string, today: Day, filter: AgendaFilter): Printable => {
    // Nothing changed: the output saved with the parts.
    const whole = cache.output(key, sameNotes);
    if (whole !== null && cache.hasTable(key)) return printable(whole);
    const saved = problems.length === 0 ? cache.table(key) : null;
    // Parts taken from a saved output are as safe as it was.
    const parts = newParts(saved?.safe ?? true);
    const path = (j: number): string => pathList()[j] as string;
    if (saved === null) {
      const all = allResults();
      addNotes(parts, all.keys(), (j) => all[j] ?? null, path, { settings, today, filter });
      tableChanged = true;
    } else {
      // Saved note i -> this run's note j, for the notes whose saved result (and parts) still hold.
      const now = new Int32Array(cache.size).fill(-1);
      for (let j = 0; j < count; j++) if ((reuse[j] as number) >= 0) now[reuse[j] as number] = j;
      const { table: t, bytes: old } = saved;
      for (const [i, due, name, start, end] of t.items) {
        const j = now[i] as number;
        if (j >= 0) parts.items.push({ due, name, path: path(j), json: old.subarray(start, end), at: j });
      }
      for (const [i, p, start, end] of t.problems) {
        const j = now[i] as number;
        if (j >= 0) parts.problems.push([j, p, old.subarray(start, end)]);
      }
      readMissed(missed);
      addNotes(parts, missed, (j) => fresh.get(j) ?? null, path, { settings, today, filter });
      tableChanged = missed.length > 0 || !cache.sameFiles || whole === null;
    }
    // Saved parts are in output order; only a change needs a sort.
    const joined = joinParts(today, parts, leading, !tableChanged);
    table = [key, joined.table];
    jsonOutput = [key, joined.output];
    return printable(joined.output);
  };
  return {
    settings,
    settingsProblems,
    get reads() {
      reads ??= [...problems, ...allResults().filter((r): r is ReadResult => r !== null)];
      return reads;
    },
    cachedOutput: (key) => {
      const stored = cache.output(key, sameNotes);
      if (stored === null) return null;
      cache.close();
      return printable(stored);
    },
    agendaJson,
    saveCache: (output) => {
      if (sameNotes && output === undefined && !tableChanged && !repaired) {
        cache.close();
        return;
      }
      if (!sameNotes) readMissed(missed);
      cache.save({
        startedAt,
        paths: joined,
        stamps,
        reuse,
        fresh: (j) => fresh.get(j) ?? null,
        listings: walk?.listings ?? quick?.listings ?? [],
        start: folder,
        complete,
        sameNotes: sameNotes && !repaired,
        output: output ?? (table && tableChanged ? jsonOutput : undefined),
        table: table && tableChanged ? table : undefined,
      });
      cache.close();
    },
  };
}
