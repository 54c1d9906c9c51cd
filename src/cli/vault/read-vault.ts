/**
 * A folder of notes -> its settings and every contact in it (or in its contacts folder). With
 * the cache on, an unchanged folder is not listed again and an unchanged note is not read again
 * (see cache/vault-cache.ts); only what changed is read, on the same path as a run without one.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadResult } from '../../core/schema';
import type { Settings } from '../../core/settings';
import type { Problem } from '../../core/types';
import { VaultCache } from '../cache/vault-cache';
import { CliError, EXIT_USAGE, refusal } from '../cli-error';
import { readSettingsFile } from './load-settings';
import { newStamps } from './note-stamps';
import { readNotes, statNotes } from './read-in-parallel';
import { unreadable } from './read-note';
import { walkVault, type MarkdownFile } from './walk-vault';

export interface VaultRead {
  settings: Settings;
  /** Values in the settings file that could not be used (the default was). */
  settingsProblems: Problem[];
  reads: ReadResult[];
  /** A rendered output saved for exactly these notes under `key`, or null. */
  cachedOutput(key: string): string | null;
  /** Saves the cache (when on and anything changed), with this run's output under its key. */
  saveCache(output?: [key: string, text: string]): void;
}

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

const NO_CACHE = { cachedOutput: () => null, saveCache: () => {} };

export function readVault(root: string, options: ReadVaultOptions = { cache: false }): VaultRead {
  if (!isDir(root)) throw new CliError(`no such folder: ${root}`, EXIT_USAGE);
  const { settings, problems: settingsProblems } = readSettingsFile(root);
  const folder = settings.contactsFolder.replace(/^\/+|\/+$/g, '');
  if (folder !== '' && !isDir(join(root, folder))) {
    throw refusal(`the contacts folder "${folder}" (from the settings) is not a folder in ${root}`);
  }
  const startedAt = Date.now();
  const cache = options.cache ? VaultCache.open(root, options.env ?? process.env) : null;
  const walk = walkVault(root, folder, cache?.listings());
  const problems = walk.unreadable.map(({ path, message }) => unreadable(path, message));
  if (cache === null) {
    const { results } = readNotes(walk.files);
    return { settings, settingsProblems, reads: [...problems, ...results.filter((r): r is ReadResult => r !== null)], ...NO_CACHE };
  }

  // Stat every note; read only those whose stamp differs from the cached one.
  const files = walk.files;
  const stamps = cache.empty ? newStamps(files.length) : statNotes(files);
  const missed: number[] = [];
  const hits: number[] = [];
  for (let i = 0; i < files.length; i++) {
    if (cache.lookup((files[i] as MarkdownFile).path, i, stamps, i) === undefined) missed.push(i);
    else hits.push(i);
  }
  // The outputs saved with the cache hold while every note (and no unreadable one) is as saved.
  const sameNotes = missed.length === 0 && problems.length === 0 && cache.sameFiles(files);
  let results: (ReadResult | null)[] | null = null;
  /** Every note's result: saved ones decoded, changed ones read. Only built when needed. */
  const allResults = (): (ReadResult | null)[] => {
    if (results !== null) return results;
    const all = new Array<ReadResult | null>(files.length).fill(null);
    for (const i of hits) {
      const saved = cache.result((files[i] as MarkdownFile).path, i);
      if (saved === undefined) missed.push(i);
      else all[i] = saved;
    }
    readMissed(all);
    results = all;
    return all;
  };
  const readMissed = (all: (ReadResult | null)[]): void => {
    if (missed.length === 0) return;
    const fresh = readNotes(missed.map((i) => files[i] as MarkdownFile));
    for (let k = 0; k < missed.length; k++) {
      const i = missed[k] as number;
      all[i] = fresh.results[k] ?? null;
      stamps.set(fresh.stamps.subarray(k * 4, k * 4 + 4), i * 4);
    }
  };
  let reads: ReadResult[] | null = null;
  return {
    settings,
    settingsProblems,
    get reads() {
      reads ??= [...problems, ...allResults().filter((r): r is ReadResult => r !== null)];
      return reads;
    },
    cachedOutput: (key) => cache.output(key, sameNotes),
    saveCache: (output) => {
      if (sameNotes && output === undefined) return;
      cache.save({ startedAt, paths: files.map((f) => f.path), stamps, results: allResults, listings: walk.listings, sameNotes, output });
    },
  };
}
