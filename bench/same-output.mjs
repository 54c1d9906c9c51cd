/**
 * Two builds of the CLI must print the same bytes: `agenda` (plain and coloured, two widths),
 * `agenda --json` (also filtered) and `check`, on the bench vaults and every fixture folder, each
 * without the cache, on a first cached run and on a repeat (the cache answers); then, on a copy of
 * each vault (hard links), cached runs after a note was edited (a new file renamed over it) and
 * after another was deleted: the cache's per-note paths. The vaults themselves are never
 * written. Run before and after a change to the reader, the cache or the rendering:
 *   node bench/same-output.mjs <old.cjs> [new.cjs=dist/followups.cjs] [vault...]
 * Each build gets its own empty cache folder. Exit 1 on the first difference.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const [oldCli, newCli = join(ROOT, 'dist/followups.cjs'), ...given] = process.argv.slice(2);
if (oldCli === undefined || !existsSync(oldCli) || !existsSync(newCli)) {
  process.stderr.write('usage: node bench/same-output.mjs <old.cjs> [new.cjs] [vault...]\n');
  process.exit(2);
}
const fixtures = join(ROOT, 'test/fixtures');
const folders = (dir) => [dir, ...readdirSync(dir).map((n) => join(dir, n)).filter((p) => statSync(p).isDirectory())];
const bench = ['1000', '10000', '50000'].map((n) => join(ROOT, 'bench/.vaults', n)).filter(existsSync);
const vaults = given.length > 0 ? given : [...folders(fixtures), ...bench];

const TODAYS = ['2026-11-20', '2027-03-01'];
const cases = (vault) => [
  ...TODAYS.flatMap((today) => [
    { args: ['agenda', vault, '--today', today, '--json'] },
    { args: ['agenda', vault, '--today', today], env: { FORCE_COLOR: '1', COLUMNS: '132' } },
  ]),
  { args: ['agenda', vault, '--today', TODAYS[0], '--json', '--bucket', 'overdue', '--context', 'Job'] },
  { args: ['agenda', vault, '--today', TODAYS[0], '--context', 'sales'], env: { COLUMNS: '40' } },
  { args: ['check', vault] },
];

const homes = { old: mkdtempSync(join(tmpdir(), 'same-output-old-')), new: mkdtempSync(join(tmpdir(), 'same-output-new-')) };
function run(which, cli, { args, env }, cache) {
  const r = spawnSync(process.execPath, [cli, ...args, ...(cache ? [] : ['--no-cache'])], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', COLUMNS: '', XDG_CACHE_HOME: homes[which], ...env },
  });
  return `${r.status}\n${r.stdout}\n--stderr--\n${r.stderr}`;
}

let compared = 0;
function compare(c, cache, what = '') {
  const a = run('old', oldCli, c, cache);
  const b = run('new', newCli, c, cache);
  compared++;
  if (a === b) return;
  process.stderr.write(`DIFFERENT${what}: ${c.args.join(' ')}${cache ? '' : ' --no-cache'} ${JSON.stringify(c.env ?? {})}\n`);
  const at = [...a].findIndex((ch, i) => ch !== b[i]);
  process.stderr.write(`first difference at ${at}:\nold: ${JSON.stringify(a.slice(Math.max(0, at - 200), at + 200))}\nnew: ${JSON.stringify(b.slice(Math.max(0, at - 200), at + 200))}\n`);
  process.exit(1);
}

/** A copy of `vault` whose notes are hard links (or copies): changed only by renaming or unlinking. */
function copyOf(vault) {
  const dir = mkdtempSync(join(tmpdir(), 'same-output-vault-'));
  for (const how of [['-al'], ['-a']]) if (spawnSync('cp', [...how, `${vault}/.`, dir]).status === 0) break;
  return dir;
}
const contacts = (dir) => spawnSync('grep', ['-rlZ', '--include=*.md', '^followup:', dir], { encoding: 'utf8', maxBuffer: 1 << 30 }).stdout.split('\0').filter((p) => p !== '').sort();
/** A new file renamed over the note: the linked original is never written. */
function editByRename(note) {
  const text = readFileSync(note, 'utf8');
  writeFileSync(`${note}.same-output-tmp`, text.includes('followup: active') ? text.replace('followup: active', 'followup: paused') : `${text}\nEdited.\n`);
  renameSync(`${note}.same-output-tmp`, note);
}

const temps = [];
try {
  for (const vault of vaults) {
    for (const c of cases(vault)) {
      // Without the cache, then two cached runs: the first fills it, the second answers from it.
      for (const cache of [false, true, true]) compare(c, cache);
    }
    const copy = copyOf(vault);
    temps.push(copy);
    for (const c of cases(copy)) compare(c, true);
    const notes = contacts(copy);
    const changes = [
      ['after one edit', () => notes[0] && editByRename(notes[0])],
      ['after a deletion', () => notes[notes.length - 1] && notes.length > 1 && unlinkSync(notes[notes.length - 1])],
    ];
    for (const [what, change] of changes) {
      change();
      for (const c of cases(copy)) compare(c, true, ` (${what})`);
    }
    process.stdout.write(`same: ${vault}\n`);
  }
} finally {
  for (const dir of [...Object.values(homes), ...temps]) rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(`${compared} runs compared, all the same bytes\n`);
