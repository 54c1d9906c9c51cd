/**
 * The floor of a cold `agenda --json` run in Node on two threads: walk the vault, then read the
 * first 4 KB of every note on both threads (blocks of 128 files claimed from one shared counter,
 * as the CLI does; the worker is started before the walk, as the CLI starts it), and only test
 * for a `followup:` line before the closing fence: no YAML, no planning, no output. Whatever the
 * CLI does beyond this is parsing, planning and rendering. Prints the number of contacts.
 * `node bench/heads-floor.mjs <vault>`
 */
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

const BLOCK = 128;

// The baselines' walk (bench/cli.mjs), copied: importing it would load that script, and what
// this program loads is part of the floor it measures.
function eachNote(dir, visit) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const file = join(dir, entry.name);
    if (entry.isDirectory()) eachNote(file, visit);
    else if (entry.name.endsWith('.md')) visit(file);
  }
}

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
  const worker = new Worker(new URL(import.meta.url));
  const files = [];
  eachNote(process.argv[2], (file) => files.push(file));
  const next = new Int32Array(new SharedArrayBuffer(4));
  const theirs = new Promise((resolve) => worker.once('message', resolve));
  worker.postMessage({ files: files.join('\0'), next });
  const mine = readBlocks(files, next);
  process.stdout.write(`${mine + (await theirs)}\n`);
  await worker.terminate();
} else {
  parentPort.once('message', ({ files, next }) => parentPort.postMessage(readBlocks(files.split('\0'), next)));
}
