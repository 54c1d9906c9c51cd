/**
 * CLI: `node dist/followups.cjs agenda --json` on the 50k-note vault against two baselines in
 * the same run: `grep -rl '^followup:'` (reads every byte) and the naive Node loop (read each
 * file whole, parse with gray-matter), plus the single-threaded "first 4 KB, no YAML"
 * loop for reference. Page cache: one untimed warm-up run of each first, so every timed run
 * reads from memory. Timed runs go round-robin, so load from elsewhere hits all alike.
 * Usage: node bench/cli.mjs [notes=50000] [--json]   (needs `npm run build` first)
 * The Node baselines are this file too: node bench/cli.mjs --baseline naive|head <vault>
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every Markdown file under `dir` (dot-folders skipped), with the same walk for both baselines. */
function eachNote(dir, visit) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const file = join(dir, entry.name);
    if (entry.isDirectory()) eachNote(file, visit);
    else if (entry.name.endsWith('.md')) visit(file);
  }
}

const BASELINES = {
  /** The naive approach: every file whole, gray-matter (js-yaml) on each. */
  async naive(vault) {
    const { default: matter } = await import('gray-matter');
    let contacts = 0;
    eachNote(vault, (file) => {
      try {
        if ('followup' in matter(readFileSync(file, 'utf8')).data) contacts++;
      } catch {
        // Broken YAML: the naive loop just skips the note.
      }
    });
    return contacts;
  },
  /** One thread, the first 4 KB of each file, a `followup:` line before the closing fence. */
  head(vault) {
    const buf = Buffer.alloc(4096);
    let contacts = 0;
    eachNote(vault, (file) => {
      const fd = openSync(file, 'r');
      const n = readSync(fd, buf, 0, buf.length, 0);
      closeSync(fd);
      const head = buf.latin1Slice(0, n);
      const end = head.indexOf('\n---', 3);
      if (head.startsWith('---') && /^followup:/m.test(head.slice(0, end < 0 ? n : end))) contacts++;
    });
    return contacts;
  },
};

if (process.argv[2] === '--baseline') {
  process.stdout.write(`${await BASELINES[process.argv[3]](process.argv[4])}\n`);
  process.exit(0);
}

const { median, printRows, ROOT } = await import('./harness.mjs');
const { makeVault } = await import('./make-vault.mjs');
const RUNS = 5;
const notes = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 50000);
const cli = join(ROOT, 'dist/followups.cjs');
if (!existsSync(cli)) {
  process.stderr.write('dist/followups.cjs is missing: run `npm run build` first\n');
  process.exit(2);
}
const vault = makeVault(notes, (line) => process.stderr.write(`${line}\n`));
const self = fileURLToPath(import.meta.url);
const commands = {
  cli: [process.execPath, cli, 'agenda', vault, '--today', '2026-11-20', '--json'],
  grep: ['grep', '-rl', '^followup:', vault],
  naive: [process.execPath, self, '--baseline', 'naive', vault],
  head: [process.execPath, self, '--baseline', 'head', vault],
};

function run([cmd, ...args]) {
  const start = performance.now();
  const out = spawnSync(cmd, args, { maxBuffer: 1 << 30, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (out.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${out.stderr}`);
  return { ms, stdout: out.stdout };
}

// Warm-up, not timed: fills the page cache; also counts what each found, to show comparable work.
const found = {};
for (const [name, command] of Object.entries(commands)) {
  const { stdout } = run(command);
  if (name === 'cli') {
    const agenda = JSON.parse(stdout);
    found.cli = `${agenda.items.length} contacts + ${new Set(agenda.problems.map((p) => p.path)).size} with problems`;
  } else if (name === 'grep') found.grep = `${stdout.split('\n').filter(Boolean).length} files`;
  else found[name] = `${stdout.trim()} contacts`;
}
const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
for (let i = 0; i < RUNS; i++) for (const [name, command] of Object.entries(commands)) times[name].push(run(command).ms);
const ms = Object.fromEntries(Object.entries(times).map(([name, t]) => [name, median(t)]));

const vsGrep = ms.cli / ms.grep;
const vsNaive = ms.naive / ms.cli;
printRows(`cli: ${notes / 1000}k notes, median of ${RUNS} after 1 warm-up each (page cache warm)`, [
  { name: 'followups agenda --json', value: ms.cli, note: found.cli },
  { name: "grep -rl '^followup:'", value: ms.grep, note: found.grep },
  { name: 'naive loop: readFileSync + gray-matter', value: ms.naive, note: found.naive },
  { name: 'reference: 1 thread, first 4 KB, no YAML', value: ms.head, note: found.head },
  { name: 'agenda time / grep time', value: vsGrep, unit: 'x', target: '<= 1.0×', met: vsGrep <= 1 },
  { name: 'naive time / agenda time', value: vsNaive, unit: 'x', target: '>= 10×', met: vsNaive >= 10 },
]);
