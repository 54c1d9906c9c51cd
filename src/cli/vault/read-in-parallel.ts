/**
 * Reads many notes on two threads. Both threads claim blocks of files from one shared counter
 * (so a worker that starts late, or a block full of contacts, never leaves one thread idle), and
 * the main thread waits for the worker synchronously, so commands stay synchronous. On a 50k-note
 * vault the reads are mostly system calls and YAML parses, which scale with cores; a small vault
 * does not pay for a worker's start-up. The worker can be started while the vault is still being
 * walked (warmUpReaders), so its start-up (~80 ms: Node's, then this bundle's) overlaps the walk.
 */
import { availableParallelism } from 'node:os';
import { receiveMessageOnPort, MessageChannel, parentPort, Worker, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { AgendaFilter } from '../../core/agenda';
import type { ReadResult } from '../../core/schema';
import type { Settings } from '../../core/settings';
import type { Day } from '../../core/types';
import { noteParts, type NoteParts } from '../cache/agenda-json-parts';
import { newStamps, type Stamps } from './note-stamps';
import { readNote } from './read-note';
import type { MarkdownFile } from './walk-vault';

/** Below this, a worker's start-up (loading this bundle: tens of ms) costs more than it saves. */
const PARALLEL_MIN_FILES = 4000;
const BLOCK = 128;
/** A worker that never answers (it crashed) must not hang the command: read its blocks here. */
const WAIT_MS = 60_000;
const WORKER_YOUNG_MB = 8;

/** Per note: its read result (`read`) or its rendered agenda parts (`parts`). */
type Out = ReadResult | NoteParts | null;
type Block = [index: number, results: Out[]];

/**
 * `read`: read and parse each note; `parts`: that, then plan and render it for `agenda --json`
 * (each thread does its own notes' whole work and only strings come back).
 */
type Mode = 'read' | 'parts';

/** What `parts` renders for: the agenda's settings, day and filter. */
export interface RenderFor {
  settings: Settings;
  today: Day;
  filter: AgendaFilter;
}

/** Sent to the worker once it is needed. Files go as two `\0`-joined strings: one copy each, not 50k objects. */
interface Job {
  mode: Mode;
  files: string;
  paths: string;
  stamps: Stamps | null;
  render: RenderFor | null;
  next: Int32Array;
  done: Int32Array;
  port: MessagePort;
}

function doBlock(mode: Mode, files: readonly MarkdownFile[], index: number, stamps: Stamps | null, render: RenderFor | null): Block {
  const results: Out[] = [];
  const to = Math.min(files.length, (index + 1) * BLOCK);
  for (let i = index * BLOCK; i < to; i++) {
    const file = files[i] as MarkdownFile;
    const r = readNote(file, stamps ?? undefined, i);
    results.push(r === null || render === null || mode === 'read' ? r : noteParts(r, render.settings, render.today, render.filter));
  }
  return [index, results];
}

function claimBlocks(mode: Mode, files: readonly MarkdownFile[], next: Int32Array, stamps: Stamps | null, render: RenderFor | null, out: Block[]): void {
  for (;;) {
    const index = Atomics.add(next, 0, 1);
    if (index * BLOCK >= files.length) return;
    out.push(doBlock(mode, files, index, stamps, render));
  }
}

// Only the bundled CLI can start itself as a worker (tests and tools import the sources).
const canRunWorker = (): boolean => availableParallelism() > 1 && __filename.endsWith('.cjs');

/** A worker started ahead of need (warmUpReaders), waiting for its job. */
let warm: Worker | null = null;

function startWorker(): Worker {
  // A small young generation: the worker's garbage is per note and short-lived, and a default
  // one (tens of MB) shows in the peak RSS of the whole process (~20 MB at 50k notes).
  const worker = new Worker(__filename, { workerData: { readWorker: true }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
  worker.unref();
  return worker;
}

/**
 * Called by a walk that will read every note it finds, with the count so far: once that is
 * enough for two threads, the worker is started, to be ready when the walk ends.
 */
export function warmUpReaders(filesSoFar: number): void {
  if (warm === null && filesSoFar >= PARALLEL_MIN_FILES && canRunWorker()) warm = startWorker();
}

/** Both threads claim blocks until none is left; blocks come back in file order. */
function onTwoThreads(mode: Mode, files: MarkdownFile[], stamps: Stamps | null, render: RenderFor | null): Block[] {
  const blocks: Block[] = [];
  const parallel = files.length >= PARALLEL_MIN_FILES && canRunWorker();
  if (!parallel) claimBlocks(mode, files, new Int32Array(1), stamps, render, blocks);
  else {
    const next = new Int32Array(new SharedArrayBuffer(4));
    const done = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const worker = warm ?? startWorker();
    warm = null;
    const job: Job = { mode, files: files.map((f) => f.file).join('\0'), paths: files.map((f) => f.path).join('\0'), stamps, render, next, done, port: port2 };
    worker.postMessage(job, [port2]);
    claimBlocks(mode, files, next, stamps, render, blocks);
    Atomics.wait(done, 0, 0, WAIT_MS);
    const answer = receiveMessageOnPort(port1);
    port1.close();
    blocks.push(...((answer?.message as Block[] | undefined) ?? []));
    const have = new Set(blocks.map(([index]) => index));
    for (let index = 0; index * BLOCK < files.length; index++) {
      if (!have.has(index)) blocks.push(doBlock(mode, files, index, stamps, render));
    }
  }
  blocks.sort((a, b) => a[0] - b[0]);
  return blocks;
}

export interface NotesRead {
  /** Per file, in file order: its read result, or null when it is not a contact. */
  results: (ReadResult | null)[];
  /** Per file: its stamp, taken before it was read (all NaN when `stamp` was false). */
  stamps: Stamps;
}

/**
 * Reads `files` (on two threads when there are many): contacts, problems and, unless `stamp` is
 * false (nothing will be cached: a stat per note saved), stamps, in file order.
 */
export function readNotes(files: MarkdownFile[], stamp = true): NotesRead {
  const stamps = newStamps(stamp ? files.length : 0, files.length >= PARALLEL_MIN_FILES);
  const blocks = onTwoThreads('read', files, stamp ? stamps : null, null);
  const results: (ReadResult | null)[] = [];
  for (const [, block] of blocks) for (const r of block) results.push(r as ReadResult | null);
  return { results, stamps };
}

/** Reads, plans and renders `files` for `agenda --json` (on two threads when there are many): per file its parts, or null. */
export function readNoteParts(files: MarkdownFile[], render: RenderFor): (NoteParts | null)[] {
  const parts: (NoteParts | null)[] = [];
  for (const [, block] of onTwoThreads('parts', files, null, render)) for (const p of block) parts.push(p as NoteParts | null);
  return parts;
}

/** True when this thread was started by this file; then it waits for its job, reads, answers and ends. */
export function isReadWorker(): boolean {
  return (workerData as { readWorker?: unknown } | null)?.readWorker === true;
}

export function serveReadWorker(): void {
  parentPort?.once('message', ({ mode, files, paths, stamps, render, next, done, port }: Job) => {
    const blocks: Block[] = [];
    try {
      const f = files.split('\0');
      const list = paths.split('\0').map((path, i): MarkdownFile => ({ file: f[i] as string, path }));
      claimBlocks(mode, list, next, stamps, render, blocks);
      port.postMessage(blocks);
    } finally {
      port.close();
      Atomics.store(done, 0, 1);
      Atomics.notify(done, 0);
    }
  });
}
