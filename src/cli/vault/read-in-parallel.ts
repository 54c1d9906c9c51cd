/**
 * Reads many notes on two threads. Both threads claim blocks of files from one shared counter
 * (so a worker that starts late, or a block full of contacts, never leaves one thread idle), and
 * the main thread waits for the worker synchronously, so commands stay synchronous. On a 50k-note
 * vault the reads are mostly system calls and YAML parses, which scale with cores; a small vault
 * does not pay for a worker's start-up.
 */
import { availableParallelism } from 'node:os';
import { receiveMessageOnPort, MessageChannel, Worker, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { ReadResult } from '../../core/schema';
import { readNote } from './read-note';
import type { MarkdownFile } from './walk-vault';

/** Below this, a worker's start-up (loading this bundle: tens of ms) costs more than it saves. */
const PARALLEL_MIN_FILES = 4000;
const BLOCK = 128;
/** A worker that never answers (it crashed) must not hang the command: read its blocks here. */
const WAIT_MS = 60_000;

type Block = [index: number, results: (ReadResult | null)[]];

interface Job {
  readWorker: true;
  files: MarkdownFile[];
  next: Int32Array;
  done: Int32Array;
  port: MessagePort;
}

function claimBlocks(files: readonly MarkdownFile[], next: Int32Array, out: Block[]): void {
  for (;;) {
    const index = Atomics.add(next, 0, 1);
    const from = index * BLOCK;
    if (from >= files.length) return;
    out.push([index, files.slice(from, from + BLOCK).map(readNote)]);
  }
}

/** The read results of `files` (contacts and problems), in file order. */
export function readNotes(files: MarkdownFile[]): ReadResult[] {
  // Only the bundled CLI can start itself as a worker (tests and tools import the sources).
  const parallel = files.length >= PARALLEL_MIN_FILES && availableParallelism() > 1 && __filename.endsWith('.cjs');
  const blocks: Block[] = [];
  if (!parallel) claimBlocks(files, new Int32Array(1), blocks);
  else {
    const next = new Int32Array(new SharedArrayBuffer(4));
    const done = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const job: Job = { readWorker: true, files, next, done, port: port2 };
    const worker = new Worker(__filename, { workerData: job, transferList: [port2] });
    worker.unref();
    claimBlocks(files, next, blocks);
    Atomics.wait(done, 0, 0, WAIT_MS);
    const answer = receiveMessageOnPort(port1);
    port1.close();
    blocks.push(...((answer?.message as Block[] | undefined) ?? []));
    const have = new Set(blocks.map(([index]) => index));
    for (let index = 0; index * BLOCK < files.length; index++) {
      if (!have.has(index)) blocks.push([index, files.slice(index * BLOCK, (index + 1) * BLOCK).map(readNote)]);
    }
  }
  blocks.sort((a, b) => a[0] - b[0]);
  return blocks.flatMap(([, results]) => results.filter((r): r is ReadResult => r !== null));
}

/** True when this thread was started by readNotes; then it reads, answers and ends. */
export function isReadWorker(): boolean {
  return (workerData as Partial<Job> | null)?.readWorker === true;
}

export function serveReadWorker(): void {
  const { files, next, done, port } = workerData as Job;
  const blocks: Block[] = [];
  try {
    claimBlocks(files, next, blocks);
    port.postMessage(blocks);
  } finally {
    port.close();
    Atomics.store(done, 0, 1);
    Atomics.notify(done, 0);
  }
}
