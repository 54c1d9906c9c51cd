/**
 * Reads many notes on two threads, and parses them on one. Both threads claim blocks of files
 * from one shared counter (so a worker that starts late never leaves this thread idle); the
 * worker only reads each file's head (open, a 4 KB read, close: system calls, most of a cold
 * run's reading) and hands its blocks' heads over, and this thread parses, plans and renders
 * every contact, its own and the worker's, taking the worker's first. One parsing thread is the
 * point: V8 optimises code per thread, and on a 10k-contact vault optimising the reader, the rules
 * and the renderer cost about as much CPU as running them, so a second parsing thread paid it
 * twice, on the core the other thread needed (bench/README.md). The main thread waits for the
 * worker synchronously, so commands stay synchronous; a small vault does not pay for a worker's
 * start-up. The worker can be started while the vault is still being walked (warmUpReaders), so
 * its start-up (Node's, then this bundle's) overlaps the walk.
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
import { readFromHead, readHead, type Head } from './read-note';
import { PartsWriter, type RenderedParts } from './rendered-parts';
import { pathAt, pathStarts } from '../cache/cache-data';
import { walkedFile } from './walk-vault';

/** Below this, a worker's start-up (loading this bundle: tens of ms) costs more than it saves. */
const PARALLEL_MIN_FILES = 4000;
const BLOCK = 128;
/** A worker that stops answering (it crashed, or hung) must not hang the command: its blocks are read here. */
const WAIT_MS = 60_000;
const WORKER_YOUNG_MB = 8;

/** A block read by the worker: its index, and its files' heads. */
type ReadBlock = [index: number, heads: Head[]];
/** A block done here: its index, and its notes' read results (none when rendering: they went to the writer). */
type Block = [index: number, results: (ReadResult | null)[]];

/**
 * What `agenda --json` renders for: the agenda's settings, day and filter. With one, each note is
 * read, planned and rendered into bytes as it comes; without, read results are kept.
 */
export interface RenderFor {
  settings: Settings;
  today: Day;
  filter: AgendaFilter;
}

/**
 * Sent to the worker once it is needed. The files go as their vault paths in one `\0`-joined
 * string (one copy, not 50k objects), and the walk's start to name each one on disk from its path.
 * `signal[0]` counts the blocks it has posted, `signal[1]` becomes 1 once it posts no more.
 */
interface Job {
  paths: string;
  count: number;
  start: string;
  startPath: string;
  stamps: Stamps | null;
  next: Int32Array;
  signal: Int32Array;
  port: MessagePort;
}

/** What the notes are rendered for, and the writer they are rendered into. */
interface Rendering {
  for: RenderFor;
  writer: PartsWriter;
}

/** This thread's work in progress. */
interface Work {
  paths: readonly string[];
  onDisk: (path: string) => string;
  stamps: Stamps | null;
  render: Rendering | null;
  blocks: Block[];
}

/** The next unclaimed block of `count` files, or -1 when none is left. */
function claim(next: Int32Array, count: number): number {
  const index = Atomics.add(next, 0, 1);
  return index * BLOCK < count ? index : -1;
}

/** Note `from + k` for each head `k`: its read result kept, or rendered. */
function takeHeads(work: Work, index: number, heads: readonly Head[]): void {
  // The worker's start may reset it while this thread parses: set again per block (~3 us).
  keepYoungGenerationSmall();
  const { paths, render } = work;
  const results: (ReadResult | null)[] = [];
  const from = index * BLOCK;
  heads.forEach((head, k) => {
    const r = readFromHead(paths[from + k] as string, head);
    if (render === null) results.push(r);
    else if (r !== null) render.writer.add(from + k, noteParts(r, render.for.settings, render.for.today, render.for.filter));
  });
  work.blocks.push([index, results]);
}

/** The heads of block `index`'s files, read on this thread (a stamp each when `stamps` is given). */
function readBlock(count: number, index: number, fileOf: (j: number) => string, stamps: Stamps | null): Head[] {
  const heads: Head[] = [];
  const to = Math.min(count, (index + 1) * BLOCK);
  for (let i = index * BLOCK; i < to; i++) heads.push(readHead(fileOf(i), stamps ?? undefined, i));
  return heads;
}

const doBlock = (work: Work, index: number): void =>
  takeHeads(work, index, readBlock(work.paths.length, index, (j) => work.onDisk(work.paths[j] as string), work.stamps));

/** Takes every block the worker has posted so far. */
function takeWorkers(work: Work, port: MessagePort | null): void {
  if (port === null) return;
  for (let m = receiveMessageOnPort(port); m !== undefined; m = receiveMessageOnPort(port)) {
    const [index, heads] = m.message as ReadBlock;
    takeHeads(work, index, heads);
  }
}

/** Claims and reads blocks until none is left, taking the worker's blocks first whenever it has posted some. */
function claimBlocks(work: Work, next: Int32Array, port: MessagePort | null): void {
  for (;;) {
    takeWorkers(work, port);
    const index = claim(next, work.paths.length);
    if (index === -1) return;
    doBlock(work, index);
  }
}

/** Takes the worker's blocks until it posts no more (or stops answering for WAIT_MS). */
function awaitWorker(work: Work, port: MessagePort, signal: Int32Array): void {
  for (;;) {
    const posted = Atomics.load(signal, 0);
    // Read before taking: every block was posted before the flag was set.
    const finished = Atomics.load(signal, 1) === 1;
    takeWorkers(work, port);
    if (finished || Atomics.wait(signal, 0, posted, WAIT_MS) === 'timed-out') return;
  }
}

const newWork = (paths: readonly string[], from: WalkStart, stamps: Stamps | null, render: Rendering | null): Work => ({
  paths,
  onDisk: walkedFile(from.start, from.startPath),
  stamps,
  render,
  blocks: [],
});

// Only the bundled CLI can start itself as a worker (tests and tools import the sources), and
// only it tunes V8 (a test runner's process is not ours to tune).
const isBuiltCli = __filename.endsWith('.cjs');
const canRunWorker = (): boolean => isBuiltCli && availableParallelism() > 1;

/**
 * Keeps the main thread's young generation at its first size (1 MB semi-spaces) for the rest of
 * the run. A large read's survivors (the walk's 50k paths, the parts) would grow it to V8's
 * default 2 x 16 MB: ~25 MB of a cold run's peak RSS at 50k notes (past the 120 MiB target), to
 * save ~8% of its time (bench/README.md). A bin cannot put V8 flags on its own command line; V8
 * reads this one each time it would grow. A worker's start puts it back to the default, at a
 * moment this thread cannot see (in the worker's thread, before its first line runs): so the walk sets it again as it goes
 * (warmUpReaders), this thread before each block it parses, and the worker before each block it
 * reads.
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

/**
 * Both threads claim blocks until none is left (the worker, if one runs, only reads: this thread
 * takes its heads); then the blocks it never posted (it crashed, or hung) are read here.
 */
function onTwoThreads(paths: readonly string[], from: WalkStart, stamps: Stamps | null, render: Rendering | null): Work {
  const work = newWork(paths, from, stamps, render);
  const parallel = paths.length >= PARALLEL_MIN_FILES && canRunWorker();
  if (!parallel) {
    claimBlocks(work, new Int32Array(1), null);
    return work;
  }
  const next = new Int32Array(new SharedArrayBuffer(4));
  const signal = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  const worker = warm ?? startWorker();
  warm = null;
  const job: Job = { paths: paths.join('\0'), count: paths.length, ...from, stamps, next, signal, port: port2 };
  worker.postMessage(job, [port2]);
  claimBlocks(work, next, port1);
  awaitWorker(work, port1, signal);
  port1.close();
  const have = new Set(work.blocks.map(([index]) => index));
  for (let index = 0; index * BLOCK < paths.length; index++) if (!have.has(index)) doBlock(work, index);
  return work;
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
  const { blocks } = onTwoThreads(paths, from, stamp ? stamps : null, null);
  blocks.sort((a, b) => a[0] - b[0]);
  const results: (ReadResult | null)[] = [];
  for (const [, block] of blocks) for (const r of block) results.push(r);
  return { results, stamps };
}

/** Reads, plans and renders `files` for `agenda --json` (read on two threads when there are many): the parts, indexed by file. */
export function readNoteParts(paths: readonly string[], from: WalkStart, render: RenderFor): RenderedParts {
  const writer = new PartsWriter();
  onTwoThreads(paths, from, null, { for: render, writer });
  return writer.done();
}

/** True when this thread was started by this file; then it waits for its job, reads, answers and ends. */
export function isReadWorker(): boolean {
  return (workerData as { readWorker?: unknown } | null)?.readWorker === true;
}

/** The worker: claims blocks, reads their heads and posts them, until none is left. */
export function serveReadWorker(): void {
  parentPort?.once('message', ({ paths, count, start, startPath, stamps, next, signal, port }: Job) => {
    try {
      // A note's path is sliced out of `paths` when it is read.
      const starts = pathStarts(paths, count);
      const onDisk = walkedFile(start, startPath);
      const fileOf = (j: number): string => onDisk(pathAt(paths, starts, j));
      for (;;) {
        const index = claim(next, count);
        if (index === -1) break;
        keepYoungGenerationSmall();
        const block: ReadBlock = [index, readBlock(count, index, fileOf, stamps)];
        port.postMessage(block);
        Atomics.add(signal, 0, 1);
        Atomics.notify(signal, 0);
      }
    } finally {
      Atomics.store(signal, 1, 1);
      Atomics.add(signal, 0, 1);
      Atomics.notify(signal, 0);
      port.close();
    }
  });
}
