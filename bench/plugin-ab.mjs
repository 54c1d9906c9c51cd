/**
 * A/B for bench/plugin.mjs: `node bench/plugin-ab.mjs [rev] [rounds]` runs the plugin bench over
 * an older commit's sources (default `main`) and over this tree, alternating, in one session
 * (one process each, so no JIT or heap is shared), then prints each row's median over the rounds
 * for both, with the load average at each start (plugin.mjs reports its own CPU time as a row). The old sources are unpacked from
 * git under bench/.vaults/ (gitignored), so they resolve this tree's node_modules.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ROOT, median, show } from './harness.mjs';

const rev = process.argv[2] ?? 'main';
const rounds = Number(process.argv[3] ?? 3);
const sha = execFileSync('git', ['rev-parse', '--short', rev], { cwd: ROOT, encoding: 'utf8' }).trim();
const oldRoot = join(ROOT, 'bench/.vaults', `ab-${sha}`);
rmSync(oldRoot, { recursive: true, force: true });
mkdirSync(oldRoot, { recursive: true });
execFileSync('sh', ['-c', `git archive ${sha} src | tar -x -C '${oldRoot}'`], { cwd: ROOT });

const loads = [];
const results = { old: [], new: [] };
for (let r = 0; r < rounds; r++) {
  for (const side of ['old', 'new']) {
    loads.push(loadavg()[0]);
    const env = { ...process.env, ...(side === 'old' ? { PP_BENCH_SRC: oldRoot } : {}) };
    const out = spawnSync(process.execPath, [join(ROOT, 'bench/plugin.mjs'), '--json'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (out.status !== 0) throw new Error(`plugin.mjs (${side}) failed`);
    results[side].push(out.stdout.trim().split('\n').map((line) => JSON.parse(line)));
    process.stderr.write(`round ${r + 1} ${side} done (load ${loadavg()[0].toFixed(1)})\n`);
  }
}

process.stdout.write(`plugin bench A/B: ${sha} (old) vs this tree (new), ${rounds} interleaved rounds, each row a median of 5 inside a run, then the median over the rounds\n`);
process.stdout.write(`load average (1 min) at each run's start: ${loads.map((l) => l.toFixed(1)).join(', ')}\n`);
const sections = results.new[0];
sections.forEach((section, s) => {
  process.stdout.write(`\n${section.title}\n`);
  section.rows.forEach((row, i) => {
    const pick = (side) => {
      const values = results[side].map((run) => run[s]?.rows[i]?.value).filter((v) => typeof v === 'number');
      return values.length > 0 ? show({ ...row, value: median(values) }) : '-';
    };
    const target = row.target ? `  (target ${row.target})` : '';
    process.stdout.write(`  ${row.name.padEnd(52)} old ${pick('old').padStart(10)}   new ${pick('new').padStart(10)}${target}\n`);
  });
});
