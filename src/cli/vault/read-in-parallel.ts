/**
 * Reads many notes on two threads. Both threads claim blocks of files from one shared counter
 * (so a worker that starts late, or a block full of contacts, never leaves one thread idle), and
 * the main thread waits for the worker synchronously, so commands stay synchronous. On a 50k-note
 * vault the reads are mostly system calls and YAML parses, which scale with cores; a small vault
 * does not pay for a worker's start-up. The worker can be started while the vault is still being
 * walked (warmUpReaders), so its start-up (~80 ms: Node's, then this bundle's) overlaps the walk.
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { receiveMessageOnPort, MessageChannel, parentPort, Worker, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { AgendaFilter } from '../../core/agenda';
import type { ReadResult } from '../../core/schema';
import type { Settings } from '../../core/settings';
import type { Day } from '../../core/types';
import { noteParts } from '../cache/agenda-json-parts';
import { newStamps, type Stamps } from './note-stamps';
import { readNote } from './read-note';
import { PartsWriter, type RenderedParts } from './rendered-parts';
import { pathAt, pathStarts } from '../cache/cache-data';
import { walkedFile, type MarkdownFile } from './walk-vault';

/** Below this, a worker's start-up (loading this bundle: tens of ms) costs more than it saves. */
const PARALLEL_MIN_FILES = 4000;
const BLOCK = 128;
/** A worker that never answers (it crashed) must not hang the command: read its blocks here. */
const WAIT_MS = 60_000;
const WORKER_YOUNG_MB = 8;

/** A block done: its index, and its notes' read results (none when rendered: they went to the writer). */
type Block = [index: number, results: (ReadResult | null)[]];
/** A thread's answer: the blocks it did, and when rendering its rendered parts. */
interface Answer {
  blocks: Block[];
  parts: RenderedParts | null;
}

/**
 * What `agenda --json` renders for: the agenda's settings, day and filter. With one, each thread
 * reads, plans and renders its own notes and only bytes come back; without, read results do.
 */
export interface RenderFor {
  settings: Settings;
  today: Day;
  filter: AgendaFilter;
}

/** Note `j` of the files to read. */
type FileAt = (j: number) => MarkdownFile;

/**
 * Sent to the worker once it is needed. The files go as their vault paths in one `\0`-joined
 * string (one copy, not 50k objects), and the walk's start to name each one on disk from its path.
 */
interface Job {
  paths: string;
  count: number;
  start: string;
  startPath: string;
  stamps: Stamps | null;
  render: RenderFor | null;
  next: Int32Array;
  done: Int32Array;
  port: MessagePort;
}

/** One thread's work in progress. */
interface Work {
  fileAt: FileAt;
  count: number;
  stamps: Stamps | null;
  render: { for: RenderFor; writer: PartsWriter } | null;
  answer: Answer;
}

function doBlock(work: Work, index: number): void {
  const { fileAt, stamps, render } = work;
  const results: (ReadResult | null)[] = [];
  const to = Math.min(work.count, (index + 1) * BLOCK);
  for (let i = index * BLOCK; i < to; i++) {
    const r = readNote(fileAt(i), stamps ?? undefined, i);
    if (render === null) results.push(r);
    else if (r !== null) render.writer.add(i, noteParts(r, render.for.settings, render.for.today, render.for.filter));
  }
  work.answer.blocks.push([index, results]);
}

function claimBlocks(work: Work, next: Int32Array): void {
  for (;;) {
    const index = Atomics.add(next, 0, 1);
    if (index * BLOCK >= work.count) return;
    // The worker's start may reset it while this thread reads: set again per block (~3 us).
    keepYoungGenerationSmall();
    doBlock(work, index);
  }
}

const newWork = (fileAt: FileAt, count: number, stamps: Stamps | null, render: RenderFor | null): Work => ({
  fileAt,
  count,
  stamps,
  render: render === null ? null : { for: render, writer: new PartsWriter() },
  answer: { blocks: [], parts: null },
});

/** The answer, with the writer's parts. */
function finish(work: Work): Answer {
  work.answer.parts = work.render?.writer.done() ?? null;
  return work.answer;
}

// Only the bundled CLI can start itself as a worker (tests and tools import the sources), and
// only it tunes V8 (a test runner's process is not ours to tune).
const isBuiltCli = __filename.endsWith('.cjs');
const canRunWorker = (): boolean => isBuiltCli && availableParallelism() > 1;

/**
 * Keeps the main thread's young generation at its first size (1 MB semi-spaces) for the rest of
 * the run. A large read's survivors (the walk's 50k paths, the parts) would grow it to V8's
 * default 2 x 16 MB: ~30 MB of a cold run's peak RSS at 50k notes, for no time saved
 * (bench/README.md). A bin cannot put V8 flags on its own command line; V8 reads this one each
 * time it would grow. A worker's start puts it back to the default, at a moment this thread cannot
 * see (in the worker's thread, before its first line runs): so the walk sets it again as it goes
 * (warmUpReaders), and both threads before each block they read.
 */
export function keepYoungGenerationSmall(): void {
  if (isBuiltCli) setFlagsFromString('--semi-space-growth-factor=1');
}

/** A worker started ahead of need (warmUpReaders), waiting for its job. */
let warm: Worker | null = null;
/** The walk's count of files when it last set the young generation's flag. */
let flagSetAt = 0;
const FLAG_EVERY_FILES = 1000;

function startWorker(): Worker {
  // A small young generation: the worker's garbage is per note and short-lived, and a default
  // one (tens of MB) shows in the peak RSS of the whole process (~20 MB at 50k notes).
  const worker = new Worker(__filename, { workerData: { readWorker: true }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
  worker.unref();
  return worker;
}

/**
 * Called by a walk that will read every note it finds, with the count so far: once that is
 * enough for two threads, the worker is started, to be ready when the walk ends; after that, the
 * young generation's flag (which the worker's start resets) is set again every 1,000 notes.
 */
export function warmUpReaders(filesSoFar: number): void {
  if (warm === null) {
    if (filesSoFar >= PARALLEL_MIN_FILES && canRunWorker()) warm = startWorker();
    flagSetAt = filesSoFar;
  } else if (filesSoFar >= flagSetAt + FLAG_EVERY_FILES) {
    keepYoungGenerationSmall();
    flagSetAt = filesSoFar;
  }
}

/** Where the walk began, to name each file on disk from its vault path (walkedFile). */
export interface WalkStart {
  start: string;
  startPath: string;
}

/** Note `j` of `count`, its path given by `pathAt`, named on disk from where the walk began. */
function filesAt(pathAt: (j: number) => string, from: WalkStart): FileAt {
  const onDisk = walkedFile(from.start, from.startPath);
  return (j) => {
    const path = pathAt(j);
    return { file: onDisk(path), path };
  };
}

/** Both threads claim blocks until none is left: this thread's answer, and the worker's (if one ran). */
function onTwoThreads(paths: readonly string[], from: WalkStart, stamps: Stamps | null, render: RenderFor | null): Answer[] {
  const work = newWork(filesAt((j) => paths[j] as string, from), paths.length, stamps, render);
  const parallel = paths.length >= PARALLEL_MIN_FILES && canRunWorker();
  if (!parallel) {
    claimBlocks(work, new Int32Array(1));
    return [finish(work)];
  }
  const next = new Int32Array(new SharedArrayBuffer(4));
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = warm ?? startWorker();
  warm = null;
  const job: Job = { paths: paths.join('\0'), count: paths.length, ...from, stamps, render, next, done, port: port2 };
  worker.postMessage(job, [port2]);
  claimBlocks(work, next);
  Atomics.wait(done, 0, 0, WAIT_MS);
  const theirs = receiveMessageOnPort(port1)?.message as Answer | undefined;
  port1.close();
  // Blocks the worker never answered for (it crashed, or hung) are read here.
  const have = new Set([...work.answer.blocks, ...(theirs?.blocks ?? [])].map(([index]) => index));
  for (let index = 0; index * BLOCK < paths.length; index++) if (!have.has(index)) doBlock(work, index);
  return theirs === undefined ? [finish(work)] : [finish(work), theirs];
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
export function readNotes(paths: readonly string[], from: WalkStart, stamp = true): NotesRead {
  const stamps = newStamps(stamp ? paths.length : 0, paths.length >= PARALLEL_MIN_FILES);
  const blocks = onTwoThreads(paths, from, stamp ? stamps : null, null).flatMap((a) => a.blocks);
  blocks.sort((a, b) => a[0] - b[0]);
  const results: (ReadResult | null)[] = [];
  for (const [, block] of blocks) for (const r of block) results.push(r);
  return { results, stamps };
}

/**
 * Reads, plans and renders `files` for `agenda --json` (on two threads when there are many):
 * each thread's parts, indexed by file.
 */
export function readNoteParts(paths: readonly string[], from: WalkStart, render: RenderFor): RenderedParts[] {
  return onTwoThreads(paths, from, null, render).map((a) => a.parts as RenderedParts);
}

/** True when this thread was started by this file; then it waits for its job, reads, answers and ends. */
export function isReadWorker(): boolean {
  return (workerData as { readWorker?: unknown } | null)?.readWorker === true;
}

export function serveReadWorker(): void {
  parentPort?.once('message', ({ paths, count, start, startPath, stamps, render, next, done, port }: Job) => {
    try {
      // A note's path is sliced out of `paths` when it is read.
      const starts = pathStarts(paths, count);
      const work = newWork(filesAt((j) => pathAt(paths, starts, j), { start, startPath }), count, stamps, render);
      claimBlocks(work, next);
      const answer = finish(work);
      port.postMessage(answer, answer.parts ? [answer.parts.bytes.buffer as ArrayBuffer] : []);
    } finally {
      port.close();
      Atomics.store(done, 0, 1);
      Atomics.notify(done, 0);
    }
  });
}
