/**
 * The tone check's cost per KB from 1 KB to 1 MB (it should stay flat: the check is linear), and
 * a 1 MB text against the 100 ms target. The texts are the corpora's polite sentences (nothing
 * found, so every sentence is read to the end), plus hostile shapes: one 1 MB sentence without
 * punctuation, and 240 KB of "!!" (which stops at the findings cap).
 *
 * `node bench/tone.mjs --against <git ref>`: the same texts on the tone module of that commit and
 * of the working tree, interleaved in one process (old, new, old, new, ...), wall and CPU time,
 * median of 9 rounds per size; and the module's load time in fresh processes, interleaved too.
 * For a loaded machine, where only an A/B in one run says anything.
 *
 * `node bench/tone.mjs --fresh <N> [--against <git ref>]`: the 1 MB row in N fresh processes
 * (each runs the size sweep first, as `npm run bench` does, then the median of 7 runs of 1 MB),
 * min / median / max CPU and wall across processes: V8 makes different inlining choices in
 * different processes, so one process's figure can land on either side of the target.
 */
import esbuild from 'esbuild';
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importTs, median, medianMs, printRows, ROOT } from './harness.mjs';

const polite = ['corpus', 'held-out']
  .flatMap((name) => readFileSync(`${ROOT}test/fixtures/tone/${name}.tsv`, 'utf8').split('\n'))
  .map((line) => line.split('\t'))
  .filter((cols) => cols.length === 4 && cols[1] === 'polite' && !/[>"!]/.test(cols[3]));
const paragraph = (language) => polite.filter((cols) => cols[0] === language).map((cols) => cols[3]).join(' ');
const english = paragraph('en');
const swedish = paragraph('sv');

/** `kb` KB of alternating English and Swedish paragraphs, cut at a space. */
function textOf(kb) {
  let text = '';
  while (text.length < kb * 1024) text += `${english}\n\n${swedish}\n\n`;
  return text.slice(0, text.lastIndexOf(' ', kb * 1024));
}

const SIZES = [1, 4, 16, 64, 256, 1024];
const load = () => loadavg().map((l) => l.toFixed(1)).join(' / ');
let sink = 0;

const argOf = (flag) => {
  const at = process.argv.indexOf(flag);
  return at > 0 ? process.argv[at + 1] : undefined;
};
if (argOf('--child')) await child(argOf('--child'));
else if (argOf('--fresh')) await fresh(Number(argOf('--fresh')), argOf('--against'));
else if (argOf('--against')) await compare(argOf('--against'));
else await measure();
if (sink < 0) process.stdout.write('unreachable\n');

async function measure() {
  const { checkTone } = await importTs({ 'src/core/tone/index.ts': ['checkTone'] });
  const rows = [];
  for (const kb of SIZES) {
    const text = textOf(kb);
    if (checkTone(text, 'en').length > 0) throw new Error(`the polite text of ${kb} KB has findings`);
    const runs = kb <= 64 ? 21 : 7;
    const ms = await medianMs(() => {
      sink += checkTone(text, 'en').length;
    }, runs);
    rows.push({ name: `polite text, ${kb} KB: per KB`, value: (ms * 1000) / kb, unit: 'µs', note: `whole text ${ms.toFixed(2)} ms, median of ${runs}` });
    if (kb === 1024) {
      rows.push({ name: 'polite text, 1 MB', value: ms, target: '< 100 ms', met: ms < 100, note: `load average ${load()}` });
      // CPU time of this process (all its threads, GC included): less sensitive to a loaded machine than wall time.
      const cpu = process.cpuUsage();
      for (let i = 0; i < 5; i++) sink += checkTone(text, 'en').length;
      const used = process.cpuUsage(cpu);
      rows.push({ name: 'polite text, 1 MB: CPU time per run', value: (used.user + used.system) / 5000, note: 'mean of 5' });
    }
  }
  const flat = rows[0].value / rows[rows.length - 2].value;
  rows.push({ name: 'per-KB cost, 1 KB / 1 MB', value: flat, unit: 'x', note: '1.00× is perfectly linear' });

  const sentence = 'you have not not replied to to my my email and i keep waiting for the numbers '.repeat(13500).slice(0, 1024 * 1024);
  const oneSentence = await medianMs(() => {
    sink += checkTone(sentence, 'en').length;
  });
  rows.push({ name: '1 MB in one sentence, no punctuation', value: oneSentence, note: 'stops at the findings cap' });
  const bangs = '!!'.repeat(120 * 1024);
  rows.push({ name: '240 KB of "!!"', value: await medianMs(() => void (sink += checkTone(bangs, 'en').length)) });
  const spaced = '!! '.repeat(80 * 1024);
  rows.push({ name: '240 KB of "!! "', value: await medianMs(() => void (sink += checkTone(spaced, 'en').length)), note: 'stops at the findings cap' });

  printRows('tone check: cost per KB, 1 KB to 1 MB (median; per-KB µs)', rows);
}

/** The tone module of `dir` (a source tree), bundled for Node into `file`; imported unless `load` is false. */
async function bundle(dir, file, load = true) {
  await esbuild.build({ entryPoints: [join(dir, 'src/core/tone/index.ts')], bundle: true, format: 'esm', platform: 'neutral', target: 'node20', outfile: file, logLevel: 'warning' });
  // eslint-disable-next-line no-unsanitized/method -- our own esbuild output, written just above
  return load ? import(pathToFileURL(file).href) : undefined;
}

/**
 * A fixed loop of plain JS (an FNV hash of the text, 8 times): its CPU time in the same process
 * says how fast this process's CPU was, so a slow figure can be told from a slow machine.
 */
function reference(text) {
  let h = 0x811c9dc5;
  for (let r = 0; r < 8; r++) for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** The CPU time of one call of `fn`, in ms. */
function cpuMs(fn) {
  const used = process.cpuUsage();
  fn();
  const u = process.cpuUsage(used);
  return (u.user + u.system) / 1000;
}

/** One fresh process of `--fresh`: the sweep up to 1 MB on the bundle at `url`, then 1 MB's medians as JSON. */
async function child(url) {
  // eslint-disable-next-line no-unsanitized/method -- our own esbuild output, written by fresh()
  const { checkTone } = await import(url);
  const wall = [];
  const cpu = [];
  const ref = [];
  for (const kb of SIZES) {
    const text = textOf(kb);
    const runs = kb <= 64 ? 21 : 7;
    for (let i = 0; i <= runs; i++) {
      const start = performance.now();
      const used = cpuMs(() => void (sink += checkTone(text, 'en').length));
      // The first call is the warm-up, as in medianMs.
      if (kb === 1024 && i > 0) {
        wall.push(performance.now() - start);
        cpu.push(used);
        ref.push(cpuMs(() => void (sink += reference(text))));
      }
    }
  }
  process.stdout.write(JSON.stringify({ wall: median(wall), cpu: median(cpu), ref: median(ref) }));
}

/** The 1 MB row in `n` fresh processes of each build (the working tree; `ref`'s too, interleaved). */
async function fresh(n, ref) {
  const scratch = join(ROOT, 'bench/.vaults/.bundles');
  mkdirSync(scratch, { recursive: true });
  const dir = mkdtempSync(join(scratch, 'tone-fresh-'));
  try {
    const builds = { new: join(dir, 'new.mjs') };
    if (ref) {
      execSync(`git archive ${JSON.stringify(ref)} src/core | tar -x -C ${JSON.stringify(dir)}`, { cwd: ROOT });
      builds.old = join(dir, 'old.mjs');
      await bundle(dir, builds.old, false);
    }
    await bundle(ROOT, builds.new, false);
    const before = load();
    const times = Object.fromEntries(Object.keys(builds).map((name) => [name, { wall: [], cpu: [], ratio: [], ref: [] }]));
    for (let round = 0; round < n; round++) {
      for (const [name, file] of Object.entries(builds)) {
        const out = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'bench/tone.mjs'), '--child', pathToFileURL(file).href], { encoding: 'utf8' }));
        times[name].wall.push(out.wall);
        times[name].cpu.push(out.cpu);
        times[name].ratio.push(out.cpu / out.ref);
        times[name].ref.push(out.ref);
      }
    }
    const rows = [];
    for (const [name, t] of Object.entries(times)) {
      const label = name === 'new' ? 'working tree' : ref;
      const spread = (xs, digits = 1, unit = ' ms') => `min ${Math.min(...xs).toFixed(digits)} / median ${median(xs).toFixed(digits)} / max ${Math.max(...xs).toFixed(digits)}${unit}`;
      const worst = Math.max(...t.cpu);
      rows.push({ name: `1 MB, ${label}: CPU, worst of ${n} processes`, value: worst, target: '< 100 ms', met: worst < 100, note: `CPU ${spread(t.cpu)}; wall ${spread(t.wall)}` });
      rows.push({ name: `1 MB, ${label}: CPU over a reference loop's`, value: median(t.ratio), unit: 'x', note: `${spread(t.ratio, 2, '×')}; the loop: ${spread(t.ref)} (the same plain JS in each process: machine speed cancels out)` });
    }
    printRows(`tone check, 1 MB polite text in ${n} fresh processes each, median of 7 runs per process (load average ${before} before, ${load()} after)`, rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function compare(ref) {
  if (!ref) throw new Error('--against needs a git ref, e.g. --against main');
  const scratch = join(ROOT, 'bench/.vaults/.bundles');
  mkdirSync(scratch, { recursive: true });
  const dir = mkdtempSync(join(scratch, 'tone-ab-'));
  try {
    execSync(`git archive ${JSON.stringify(ref)} src/core | tar -x -C ${JSON.stringify(dir)}`, { cwd: ROOT });
    const builds = { old: await bundle(dir, join(dir, 'old.mjs')), new: await bundle(ROOT, join(dir, 'new.mjs')) };
    const rows = [];
    for (const kb of SIZES) {
      const text = textOf(kb);
      // Small texts repeat inside a round, so each timed unit is a few ms.
      const reps = Math.max(1, Math.round(256 / kb));
      const times = { old: { wall: [], cpu: [] }, new: { wall: [], cpu: [] } };
      for (const b of Object.values(builds)) for (let i = 0; i < 3; i++) sink += b.checkTone(text, 'en').length;
      for (let round = 0; round < 9; round++) {
        for (const [name, b] of Object.entries(builds)) {
          const cpu = process.cpuUsage();
          const start = performance.now();
          for (let k = 0; k < reps; k++) sink += b.checkTone(text, 'en').length;
          times[name].wall.push((performance.now() - start) / reps);
          const used = process.cpuUsage(cpu);
          times[name].cpu.push((used.user + used.system) / 1000 / reps);
        }
      }
      const [ow, oc, nw, nc] = [times.old.wall, times.old.cpu, times.new.wall, times.new.cpu].map(median);
      const perKb = (ms) => `${((ms * 1000) / kb).toFixed(0)} µs/KB`;
      rows.push({ name: `${kb} KB, ${ref} → working tree: wall`, value: nw, note: `was ${ow.toFixed(2)} ms (${perKb(ow)} → ${perKb(nw)}), ${(ow / nw).toFixed(2)}× faster` });
      rows.push({ name: `${kb} KB, ${ref} → working tree: CPU`, value: nc, note: `was ${oc.toFixed(2)} ms, ${(oc / nc).toFixed(2)}× less` });
    }
    rows.push(...loadTimes(dir));
    printRows(`tone check A/B, interleaved in one process, median of 9 rounds (load average ${load()} at the end)`, rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Import time of each bundle in fresh processes (15 rounds, interleaved with an empty module). */
function loadTimes(dir) {
  const probe = join(dir, 'probe.mjs');
  writeFileSync(join(dir, 'empty.mjs'), 'export const checkTone = () => [];\n');
  writeFileSync(probe, "const t = performance.now(); await import(process.argv[2]); process.stdout.write(String(performance.now() - t));\n");
  const times = { empty: [], old: [], new: [] };
  for (let round = 0; round < 15; round++) {
    for (const name of Object.keys(times)) times[name].push(Number(execFileSync(process.execPath, [probe, pathToFileURL(join(dir, `${name}.mjs`)).href], { encoding: 'utf8' })));
  }
  const [e, o, n] = [times.empty, times.old, times.new].map(median);
  return [{ name: 'loading the tone module (fresh process)', value: n, note: `was ${o.toFixed(2)} ms; an empty module ${e.toFixed(2)} ms; median of 15` }];
}
