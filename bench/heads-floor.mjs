/**
 * The floor of a cold `agenda --json` run in Node: walk the vault, then read the first 4 KB of
 * every note and only test for a `followup:` line before the closing fence: no YAML, no
 * planning, no output. On two threads (the default) both claim blocks of 128 files from one
 * shared counter, as the CLI does, the worker started before the walk, as the CLI starts it;
 * `--threads 1` is the single-threaded loop. Whatever the CLI does beyond this is
 * parsing, planning and rendering. Prints the number of contacts.
 * `node bench/heads-floor.mjs <vault> [--threads 1]`
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { eachNote } from './each-note.mjs';

const BLOCK = 128;

/** Claims blocks from `next` until none is left; the contacts among their files. */
function readBlocks(files, next) {
  const buf = Buffer.alloc(4096);
  let contacts = 0;
  for (;;) {
    const from = Atomics.add(next, 0, 1) * BLOCK;
    if (from >= files.length) return contacts;
    for (let i = from; i < Math.min(files.length, from + BLOCK); i++) {
      const fd = openSync(files[i], 'r');
      const n = readSync(fd, buf, 0, buf.length, 0);
      closeSync(fd);
      const head = buf.latin1Slice(0, n);
      const end = head.indexOf('\n---', 3);
      if (head.startsWith('---') && /^followup:/m.test(head.slice(0, end < 0 ? n : end))) contacts++;
    }
  }
}

if (isMainThread) {
  const twoThreads = !process.argv.includes('--threads') || process.argv[process.argv.indexOf('--threads') + 1] !== '1';
  const worker = twoThreads ? new Worker(new URL(import.meta.url)) : null;
  const files = [];
  eachNote(process.argv[2], (file) => files.push(file));
  const next = new Int32Array(new SharedArrayBuffer(4));
  const theirs = worker ? new Promise((resolve) => worker.once('message', resolve)) : 0;
  worker?.postMessage({ files: files.join('\0'), next });
  const mine = readBlocks(files, next);
  process.stdout.write(`${mine + (await theirs)}\n`);
  await worker?.terminate();
} else {
  parentPort.once('message', ({ files, next }) => parentPort.postMessage(readBlocks(files.split('\0'), next)));
}
