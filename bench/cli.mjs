/**
 * CLI: `node dist/followups.cjs agenda --json` on the 50k-note vault against `grep -rl
 * '^followup:'` (reads every byte) in the same run: cold (`--no-cache`), repeated with nothing
 * changed (the CLI cache answers), and repeated after one note was edited; start-up (`--help`,
 * `tone`) against `node -e 0`; peak memory (GNU time); for reference the "first 4 KB, no
 * YAML" loop on one thread and on two (bench/heads-floor.mjs), and with `--naive` the naive loop
 * (read each file whole, gray-matter). Page cache: one untimed warm-up run of each first, so every timed run reads
 * from memory. Timed runs go round-robin, so load from elsewhere hits all alike. The "after one
 * edit" runs use a hard-linked copy of the vault (`<vault>-edit`), never the vault's own notes.
 * Usage: node bench/cli.mjs [notes=50000] [--naive] [--json] [--old <other build.cjs>] [--repeat-only]
 *   (needs `npm run build` first; `--old` adds an A/B table of the agenda rows for both builds,
 *   wall, CPU and peak RSS; `200000 --repeat-only` is the 200k repeat row, not in `npm run bench`)
 * The naive baseline is this file too: node bench/cli.mjs --baseline naive <vault>
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BASELINES = {
  /** The naive approach: every file whole, gray-matter (js-yaml) on each. */
  async naive(vault) {
    const { eachNote } = await import('./each-note.mjs');
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
};

if (process.argv[2] === '--baseline') {
  process.stdout.write(`${await BASELINES[process.argv[3]](process.argv[4])}\n`);
  process.exit(0);
}

const { fmt, median, printRows, ROOT } = await import('./harness.mjs');
const { makeVault } = await import('./make-vault.mjs');
const RUNS = 5;
const notes = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 50000);
const withNaive = process.argv.includes('--naive'); // ~10 s a run: off unless asked
/** `--old <build.cjs>`: the agenda rows for another build too, interleaved (an A/B of a change). */
const oldAt = process.argv.indexOf('--old');
const oldCli = oldAt === -1 ? null : process.argv[oldAt + 1];
/** `--repeat-only`: grep and the repeat run alone (the 200k row: `node bench/cli.mjs 200000 --repeat-only`). */
const repeatOnly = process.argv.includes('--repeat-only');
const cli = join(ROOT, 'dist/followups.cjs');
if (!existsSync(cli)) {
  process.stderr.write('dist/followups.cjs is missing: run `npm run build` first\n');
  process.exit(2);
}
const vault = makeVault(notes, (line) => process.stderr.write(`${line}\n`));
const self = fileURLToPath(import.meta.url);
// Each build's own cache lives in a folder of the bench (never the user's), emptied first.
const toneText = join(ROOT, 'bench/.vaults/tone.txt');
writeFileSync(toneText, 'Hi Jane, just checking in on the designer role. Hope the week is going well!\n');
/**
 * The "after one edit" runs work on their own copy of the vault (made once: every note a hard
 * link but the edited one, which is a copy): the vault itself may be shared and read-only. A note is edited by writing a new file and
 * renaming it over the link, so the original note's bytes are never touched.
 */
function editCopy(dir) {
  // Linking (or unlinking) a note changes its ctime, so a new copy leaves the vault's notes racy
  // for 2 s: a repeat run right after would read them all again. Wait that out once.
  let changed = false;
  if (!existsSync(join(dir, '.complete'))) {
    changed = true;
    rmSync(dir, { recursive: true, force: true });
    for (const how of [['-al'], ['-a']]) if (spawnSync('cp', [...how, `${vault}/.`, dir]).status === 0) break;
  }
  /** The one note the "after one edit" runs change: a message logged, then taken back, in turn. */
  const note = spawnSync('grep', ['-rl', '^followup: active', dir], { encoding: 'utf8', maxBuffer: 1 << 30 }).stdout.split('\n')[0];
  const original = readFileSync(note, 'utf8');
  const replace = (text) => {
    writeFileSync(`${note}.bench-tmp`, text);
    renameSync(`${note}.bench-tmp`, note);
  };
  // The note gets an inode of its own before any run: renaming over a link the vault shares would
  // change the vault note's ctime (its link count), and the next repeat run would read it again.
  if (statSync(note).nlink > 1) {
    replace(original);
    changed = true;
  }
  if (changed) sleep(2100);
  let flips = 0;
  return { dir, editOne: () => replace(flips++ % 2 === 0 ? original.replace('\n---\n', '\nbench: edited\n---\n') : original), restore: () => replace(original) };
}

/** The agenda rows for one build: cold, repeat (its own cache folder), and after one edit (its own copy). */
function agendaCommands(build, tag) {
  const home = join(ROOT, `bench/.vaults/.cache${tag}`);
  rmSync(home, { recursive: true, force: true });
  const env = { ...process.env, XDG_CACHE_HOME: home };
  const args = [build, 'agenda', vault, '--today', '2026-11-20', '--json'];
  if (repeatOnly) return { [`hit${tag}`]: { cmd: [process.execPath, ...args], env } };
  const copy = editCopy(`${vault}-edit${tag}`);
  const editArgs = [build, 'agenda', copy.dir, '--today', '2026-11-20', '--json'];
  copies.push(copy);
  return {
    [`cold${tag}`]: { cmd: [process.execPath, ...args, '--no-cache'] },
    [`hit${tag}`]: { cmd: [process.execPath, ...args], env },
    // Untimed: a run of the copy 2 s after its edit run, so the edited note is no longer racy.
    [`settle${tag}`]: { cmd: [process.execPath, ...editArgs], env, before: () => sleep(2100), untimed: true },
    [`edit${tag}`]: { cmd: [process.execPath, ...editArgs], env, before: copy.editOne },
  };
}
const copies = [];

const commands = {
  grep: { cmd: ['grep', '-rl', '^followup:', vault] },
  ...agendaCommands(cli, ''),
  ...(oldCli ? agendaCommands(oldCli, 'Old') : {}),
  ...(repeatOnly
    ? {}
    : {
        head: { cmd: [process.execPath, join(ROOT, 'bench/heads-floor.mjs'), vault, '--threads', '1'] },
        head2: { cmd: [process.execPath, join(ROOT, 'bench/heads-floor.mjs'), vault] },
      }),
  ...(withNaive ? { naive: { cmd: [process.execPath, self, '--baseline', 'naive', vault] } } : {}),
};

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Wall time, and CPU time and peak RSS from GNU time when it is there. */
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
function run({ cmd: [cmd, ...args], env, before }) {
  before?.();
  const argv = TIME ? [TIME, '-f', '%U %S %M', cmd, ...args] : [cmd, ...args];
  const start = performance.now();
  const out = spawnSync(argv[0], argv.slice(1), { maxBuffer: 1 << 30, encoding: 'utf8', env: env ?? process.env });
  const ms = performance.now() - start;
  if (out.status !== 0 && !(cmd === 'grep' && out.status === 1)) throw new Error(`${cmd} ${args.join(' ')} failed: ${out.stderr}`);
  const [user, sys, kib] = TIME ? out.stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
  return { ms, stdout: out.stdout, kib, cpuMs: (user + sys) * 1000 };
}

// Warm-up, not timed: fills the page cache and the CLI cache; also counts what each found, and
// checks that the cached answer is the uncached one, byte for byte.
const loadBefore = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const found = {};
for (const [name, command] of Object.entries(commands)) {
  const { stdout } = run(command);
  if (name === 'cold') {
    const agenda = JSON.parse(stdout);
    found.cold = `${agenda.items.length} contacts + ${new Set(agenda.problems.map((p) => p.path)).size} with problems`;
    found.coldOut = stdout;
  } else if (name.startsWith('hit') && found.coldOut !== undefined && stdout !== found.coldOut) throw new Error(`${name}: the cached agenda differs from the uncached one`);
  else if (name === 'grep') found.grep = `${stdout.split('\n').filter(Boolean).length} files`;
  else if (name === 'head' || name === 'head2' || name === 'naive') found[name] = `${stdout.trim()} contacts`;
}
const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
const peak = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
const cpu = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
for (let i = 0; i < RUNS; i++) {
  for (const [name, command] of Object.entries(commands)) {
    const r = run(command);
    if (command.untimed) continue;
    times[name].push(r.ms);
    peak[name].push(r.kib);
    cpu[name].push(r.cpuMs);
  }
}
for (const copy of copies) copy.restore();
const ms = Object.fromEntries(Object.entries(times).map(([name, t]) => [name, median(t)]));
const mib = (name) => Math.max(...peak[name]) / 1024;

const ratio = (name) => ms[name] / ms.grep;
const title = `cli: ${notes / 1000}k notes, median of ${RUNS} interleaved runs after 1 warm-up each (page cache warm), load ${loadBefore} → ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`;
const repeatTarget = notes >= 200000 ? 0.8 : 1.0;
if (repeatOnly) {
  printRows(title, [
    { name: "grep -rl '^followup:'", value: ms.grep, note: found.grep },
    { name: 'agenda --json, repeat, nothing changed', value: ms.hit, note: `CPU ${median(cpu.hit).toFixed(0)} ms, ${mib('hit').toFixed(0)} MiB` },
    { name: 'repeat / grep', value: ratio('hit'), unit: 'x', target: `≤ ${repeatTarget}×`, met: ratio('hit') <= repeatTarget },
    ...(oldCli ? [{ name: 'old build: repeat / grep', value: ratio('hitOld'), unit: 'x', note: `CPU ${median(cpu.hitOld).toFixed(0)} ms, ${mib('hitOld').toFixed(0)} MiB` }] : []),
  ]);
  process.exit(0);
}
const rows = [
  { name: "grep -rl '^followup:'", value: ms.grep, note: found.grep },
  { name: 'agenda --json, cold (--no-cache)', value: ms.cold, note: found.cold },
  { name: 'cold / grep', value: ratio('cold'), unit: 'x', target: '≤ 1.5×', met: ratio('cold') <= 1.5 },
  { name: 'agenda --json, repeat, nothing changed', value: ms.hit },
  { name: 'repeat / grep', value: ratio('hit'), unit: 'x', target: `≤ ${repeatTarget}×`, met: ratio('hit') <= repeatTarget },
  { name: 'agenda --json, repeat after one note was edited', value: ms.edit },
  { name: 'repeat after one edit / grep', value: ratio('edit'), unit: 'x', target: '≤ 1.3×', met: ratio('edit') <= 1.3 },
  { name: 'peak memory, agenda cold (max of runs)', value: mib('cold'), unit: 'MiB', target: '≤ 120 MiB', met: mib('cold') <= 120 },
  { name: 'peak memory, agenda repeat (max of runs)', value: mib('hit'), unit: 'MiB', target: '≤ 120 MiB', met: mib('hit') <= 120 },
  { name: 'peak memory, agenda after one edit (max of runs)', value: mib('edit'), unit: 'MiB', target: '≤ 120 MiB', met: mib('edit') <= 120 },
  { name: 'reference: 1 thread, first 4 KB, no YAML', value: ms.head, note: `${ratio('head').toFixed(2)}× grep, ${found.head}` },
  { name: 'reference: 2 threads, first 4 KB, no YAML (bench/heads-floor.mjs)', value: ms.head2, note: `${ratio('head2').toFixed(2)}× grep, ${found.head2}` },
];
if (withNaive) rows.push({ name: 'naive loop: readFileSync + gray-matter', value: ms.naive, note: found.naive });
printRows(title, rows);
if (oldCli) {
  const ab = [];
  for (const what of ['cold', 'hit', 'edit']) {
    for (const [tag, label] of [['Old', 'old'], ['', 'new']]) {
      const name = `${what}${tag}`;
      ab.push({ name: `${label} build, ${what}: wall / grep`, value: ratio(name), unit: 'x', note: `wall ${ms[name].toFixed(0)} ms, CPU ${median(cpu[name]).toFixed(0)} ms, peak ${mib(name).toFixed(0)} MiB` });
    }
  }
  printRows(`A/B: ${oldCli} (old) vs ${cli} (new), same runs`, ab);
}

// Start-up: a few milliseconds against Node's own ~40-100 ms, so many cheap rounds, and the CPU
// time (GNU time's user + sys, 10 ms steps: a mean) beside the wall time. tone keeps its V8 code
// cache in the bench's own cache folder (made in the warm-up round, as by a user's first run);
// "no code cache" points the cache at a file, so it can never be written (every run compiles).
const STARTUP_RUNS = 21;
const startupHome = join(ROOT, 'bench/.vaults/.cache-startup');
rmSync(startupHome, { recursive: true, force: true });
const noCacheHome = join(ROOT, 'bench/.vaults/.cache-startup-none');
writeFileSync(noCacheHome, 'a file where the cache folder would be: no code cache\n');
const startupCommands = { nodeOnly: [process.execPath, '-e', '0'] };
for (const [build, tag] of [[cli, ''], ...(oldCli ? [[oldCli, 'Old']] : [])]) {
  Object.assign(startupCommands, {
    [`help${tag}`]: [process.execPath, build, '--help'],
    [`version${tag}`]: [process.execPath, build, '--version'],
    [`tone${tag}`]: [process.execPath, build, 'tone', toneText],
  });
}
startupCommands.toneCold = [process.execPath, cli, 'tone', toneText];
const wall = Object.fromEntries(Object.keys(startupCommands).map((name) => [name, []]));
const startCpu = Object.fromEntries(Object.keys(startupCommands).map((name) => [name, []]));
const startLoad = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
for (let i = 0; i <= STARTUP_RUNS; i++) {
  for (const [name, [cmd, ...args]] of Object.entries(startupCommands)) {
    const argv = TIME ? [TIME, '-f', '%U %S', cmd, ...args] : [cmd, ...args];
    const env = { ...process.env, XDG_CACHE_HOME: name === 'toneCold' ? noCacheHome : startupHome };
    const start = performance.now();
    const out = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', env });
    const ms = performance.now() - start;
    // tone exits 1 when it finds a phrase: the start-up is timed either way.
    if (out.status !== 0 && !(name.startsWith('tone') && out.status === 1)) throw new Error(`${cmd} ${args.join(' ')} failed: ${out.stderr}`);
    if (i === 0) continue; // the warm-up round
    wall[name].push(ms);
    const [user, sys] = (out.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
    startCpu[name].push(((user ?? NaN) + (sys ?? NaN)) * 1000);
  }
}
const startMs = Object.fromEntries(Object.entries(wall).map(([name, t]) => [name, median(t)]));
const cpuMs = Object.fromEntries(Object.entries(startCpu).map(([name, t]) => [name, t.reduce((a, b) => a + b, 0) / t.length]));
const startup = Math.max(startMs.help, startMs.tone) - startMs.nodeOnly;
const startupCpu = Math.max(cpuMs.help, cpuMs.tone) - cpuMs.nodeOnly;
const cpuNote = (name) => (TIME ? `CPU ${fmt(cpuMs[name])}` : '');
const signed = (ms) => `${ms < 0 ? '−' : '+'}${fmt(Math.abs(ms))}`;
const over = (name) => ({ value: startMs[name] - startMs.nodeOnly, note: TIME ? `CPU ${signed(cpuMs[name] - cpuMs.nodeOnly)}` : '' });
printRows(`cli start-up: median wall time of ${STARTUP_RUNS} interleaved runs after 1 warm-up (CPU: the mean), load ${startLoad} → ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`, [
  { name: 'node -e 0', value: startMs.nodeOnly, note: cpuNote('nodeOnly') },
  { name: 'followups --help', value: startMs.help, note: cpuNote('help') },
  { name: 'followups --version', value: startMs.version, note: cpuNote('version') },
  { name: 'followups tone <file> (a short text)', value: startMs.tone, note: cpuNote('tone') },
  { name: 'followups tone <file>, no code cache (a first run)', value: startMs.toneCold, note: cpuNote('toneCold') },
  { name: 'start-up over node -e 0 (slower of --help, tone)', value: startup, target: '≤ 15 ms', met: startup <= 15, note: TIME ? `CPU ${signed(startupCpu)}` : '' },
]);
if (oldCli) {
  printRows(`A/B start-up: ${oldCli} (old) vs ${cli} (new), over node -e 0, same runs`, ['help', 'version', 'tone'].flatMap((what) => [
    { name: `old build: ${what}`, ...over(`${what}Old`) },
    { name: `new build: ${what}`, ...over(what) },
  ]));
}
rmSync(noCacheHome, { force: true });
