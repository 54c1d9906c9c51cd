/**
 * `npm run bench`: every benchmark in its own process (no JIT or heap carried over), then one
 * Markdown table with the machine it ran on, ready for bench/README.md. Builds nothing itself:
 * the npm script runs `npm run build` first.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { show } from './harness.mjs';
import { makeVault } from './make-vault.mjs';

const BENCHES = ['core.mjs', 'reader.mjs', 'plugin.mjs', 'cli.mjs', 'tone.mjs'];

const log = (line) => process.stderr.write(`${line}\n`);
makeVault(50000, log); // one-off (~1 min); skipped when bench/.vaults/50000 is complete

const started = performance.now();
const sections = [];
for (const bench of BENCHES) {
  log(`running ${bench}...`);
  const out = spawnSync(process.execPath, [fileURLToPath(new URL(bench, import.meta.url)), '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (out.status !== 0) throw new Error(`${bench} failed (exit ${out.status})`);
  for (const line of out.stdout.trim().split('\n')) sections.push(JSON.parse(line));
}

const gib = (bytes) => `${(bytes / 2 ** 30).toFixed(1)} GiB`;
const cpuModel = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown';
const nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
const lines = [
  `Machine: ${cpuModel}, nproc ${nproc}, ${gib(totalmem())} RAM (${gib(freemem())} free), Node ${process.version}, ` +
    `load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} at the end. Whole run: ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  '',
  '| benchmark | measure | result | target |',
  '|---|---|---:|---|',
];
for (const { title, rows } of sections) {
  for (const row of rows) {
    const target = row.target ? `${row.target}: ${row.met ? 'met' : '**missed**'}` : '';
    lines.push(`| ${title} | ${row.name.trim()}${row.note ? ` (${row.note})` : ''} | ${show(row)} | ${target} |`);
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
