/**
 * Deterministic synthetic vaults for the benchmarks: `node bench/make-vault.mjs 50000` writes
 * bench/.vaults/50000/ (gitignored). A seeded PRNG (never Math.random): same seed, same bytes,
 * on every machine. A marker file is written last, so an interrupted run is regenerated and a
 * complete one is skipped.
 *
 * About 20% of the notes are contacts with the frontmatter of docs/design.md "A contact note" (every
 * state, date and cadence form, comments, some problems on purpose); the rest are ordinary
 * notes with tags and aliases, some with `followup:` only in the body. Bodies are 1-20 KB cut
 * from one seeded text pool, in nested folders; some notes have CRLF, a BOM, no frontmatter, or a
 * frontmatter longer than 4 KB, so a reader's shortcuts meet real shapes. The contact
 * frontmatter is also exported as objects (as Obsidian's metadata cache holds them) for the
 * core and plugin benchmarks.
 */

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// --- The seeded PRNG (mulberry32) ---
export function createRng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** An integer in [min, max]. */
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (items) => items[Math.floor(next() * items.length)];
  const chance = (p) => next() < p;
  /** Picks from `[[weight, value], ...]`. */
  const weighted = (table) => {
    const total = table.reduce((sum, [w]) => sum + w, 0);
    let r = next() * total;
    for (const [w, value] of table) {
      r -= w;
      if (r < 0) return value;
    }
    return table[table.length - 1][1];
  };
  return { next, int, pick, chance, weighted };
}

// --- Contact frontmatter: ordered entries, written as YAML or handed over as an object ---
const FIRST = ['Jane', 'Omar', 'Li', 'Sara', 'Erik', 'Priya', 'Tomás', 'Anna', 'Kofi', 'Maja', 'Noah', 'Elif', 'Johan', 'Aiko'];
const LAST = ['Doe', 'Lindqvist', 'Okafor', 'Nakamura', 'García', 'Berg', 'Smith', 'Haddad', 'Novak', 'Andersson', 'Chen'];
const COMPANIES = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'vandelay', 'stark', 'wayne'];
const TOPICS = ['the product designer role', 'Q4 renewal', 'the data platform pilot', 'coffee next month', 'the staff engineer opening', 'our API integration', 'the conference panel', '2026'];
const INTERESTS = ['pizza', 'trail running', 'jazz', 'chess', 'sourdough', 'sailing', 'birdwatching', 'climbing', 'film photography', 'board games'];
const HOOKS = ['Saw your talk on design systems and loved the part about naming.', 'Hope the marathon training is going well!', 'Found a pizza place you would like near the office.'];
const CADENCES = [
  [4, '1w, 1w, 2w'],
  [2, 'weekly then biweekly'],
  [2, '2w'],
  [1, '10 days'],
  [1, 'every other week'],
  [1, ['1w', '2w']],
  [1, 'monthly'],
];

const DAY_MS = 86400000;
const BASE = Date.UTC(2026, 5, 1); // 2026-06-01: contacts were first written to from here on.
const pad2 = (n) => String(n).padStart(2, '0');
const isoDay = (offset) => new Date(BASE + offset * DAY_MS).toISOString().slice(0, 10);

/** One `contacted` item in one of the accepted forms. */
function outreach(rng, offset) {
  const day = isoDay(offset);
  const time = `${pad2(rng.int(7, 18))}:${pad2(rng.pick([0, 5, 10, 15, 30, 45, 50]))}`;
  return rng.weighted([
    [30, day],
    [60, `${day} ${time}`],
    [6, `${day}T${time}:00Z`],
    [4, `${day}T${time}+02:00`],
  ]);
}

function contactedList(rng) {
  const count = rng.weighted([[8, 0], [30, 1], [25, 2], [17, 3], [10, 4], [6, 5], [4, 7]]);
  let offset = rng.int(0, 165);
  const items = [];
  for (let i = 0; i < count; i++) {
    items.push(outreach(rng, offset));
    offset += rng.int(5, 20);
  }
  // A few problems on purpose: an impossible date, words, a US-style date.
  if (items.length > 0 && rng.chance(0.015)) items[rng.int(0, items.length - 1)] = rng.pick(['2026-02-30', 'last tuesday', '11/04/2026']);
  return items;
}

/** Ordered entries `{ key, value, form, comment? }`; form is flow | block | scalar. */
export function contactEntries(rng, index) {
  const first = rng.pick(FIRST);
  const last = rng.pick(LAST);
  const company = rng.pick(COMPANIES);
  const entries = [];
  const add = (key, value, form = 'scalar', comment) => entries.push({ key, value, form, comment });

  const followup = rng.weighted([
    [60, 'active'],
    [5, true],
    [10, 'paused'],
    [12, 'replied'],
    [8, 'stopped'],
    [2, rng.pick(['maybe', 'yes please', 'activ'])],
  ]);
  add('followup', followup, 'scalar', rng.chance(0.1) ? 'active | paused | replied | stopped' : undefined);
  if (rng.chance(0.85)) add('name', `${first} ${last}`);
  if (rng.chance(0.7)) add('email', rng.chance(0.005) ? `${first} at ${company}` : `${first.toLowerCase()}.${index}@${company}.example`);
  add('context', rng.weighted([[4, 'job'], [3, 'sales'], [3, 'networking'], [1, 'mentoring']]));
  if (rng.chance(0.8)) add('topic', rng.pick(TOPICS));
  const contacted = contactedList(rng);
  if (contacted.length === 1 && rng.chance(0.3)) add('contacted', contacted[0], 'scalar');
  else if (contacted.length > 0) add('contacted', contacted, rng.chance(0.55) ? 'flow' : 'block', rng.chance(0.1) ? 'every message we sent' : undefined);
  if (rng.chance(0.4)) {
    const cadence = rng.chance(0.005) ? 'sometimes' : rng.weighted(CADENCES);
    add('cadence', cadence, Array.isArray(cadence) ? 'block' : 'scalar');
  }
  if (rng.chance(0.6)) {
    const picked = [...new Set([rng.pick(INTERESTS), rng.pick(INTERESTS), rng.pick(INTERESTS)])].slice(0, rng.int(1, 3));
    if (rng.chance(0.2)) add('interests', picked.join(', '));
    else add('interests', picked, 'flow');
  }
  if (rng.chance(0.1)) add('hooks', [rng.pick(HOOKS)], 'block');
  if (rng.chance(0.08)) add('snooze', rng.chance(0.02) ? 'soon' : isoDay(rng.int(150, 200)));
  if (rng.chance(0.2)) add('language', rng.weighted([[3, 'en'], [1, 'sv']]));
  if (rng.chance(0.5)) add('tags', ['people', company], 'flow');
  if (rng.chance(0.3)) add('company', company);
  return entries;
}

/** The plain object the metadata cache would hold for these entries. */
export function entriesToObject(entries) {
  const fm = {};
  for (const { key, value } of entries) fm[key] = value;
  return fm;
}

const needsQuotes = (s) => /^[\s'"[\]{}>|*&!%@`#,?:-]|: | #|^(true|false|null|yes|no|~)$|^\d+$/i.test(s);
const scalar = (v) => (typeof v === 'string' && needsQuotes(v) ? JSON.stringify(v) : String(v));

/** YAML lines for entries, in the forms people write by hand. */
export function entriesToYaml(entries) {
  const lines = [];
  for (const { key, value, form, comment } of entries) {
    const tail = comment ? `   # ${comment}` : '';
    if (form === 'flow') lines.push(`${key}: [${value.map(scalar).join(', ')}]${tail}`);
    else if (form === 'block') {
      lines.push(`${key}:${tail}`);
      for (const item of value) lines.push(`  - ${scalar(item)}`);
    } else lines.push(`${key}: ${scalar(value)}${tail}`);
  }
  return lines;
}

// --- Whole notes ---

const WORDS = (
  'the a meeting notes project follow up call email idea plan review draft budget team design ' +
  'data customer roadmap launch weekly sync agenda decision risk owner next steps question answer ' +
  'research paper book quote link reference summary todo done waiting blocked context detail'
).split(' ');
const TOP = ['People', 'Projects', 'Daily', 'Areas', 'Archive', 'Inbox', 'Reading', 'Meetings'];
const SUB = ['2024', '2025', '2026', 'clients', 'recruiting', 'research', 'ops', 'misc', 'team', 'ideas'];
const TITLES = ['Meeting notes', 'Idea', 'Reading', 'Weekly review', 'Project log', 'Research', 'Draft'];

let pool = '';

/** About 256 KB of seeded prose with headings, lists and links; bodies are slices of it. */
function textPool(rng) {
  if (pool !== '') return pool;
  const parts = [];
  let size = 0;
  while (size < 256 * 1024) {
    let para;
    if (rng.chance(0.1)) para = `## ${rng.pick(WORDS)} ${rng.pick(WORDS)}`;
    else if (rng.chance(0.15)) para = Array.from({ length: rng.int(2, 5) }, () => `- ${rng.pick(WORDS)} [[${rng.pick(TITLES)} ${rng.int(1, 999)}]]`).join('\n');
    else para = Array.from({ length: rng.int(20, 90) }, () => rng.pick(WORDS)).join(' ') + '.';
    parts.push(para);
    size += para.length + 2;
  }
  pool = parts.join('\n\n');
  return pool;
}

function body(rng) {
  const text = textPool(rng);
  const length = rng.int(1024, 20 * 1024);
  const start = rng.int(0, text.length - length - 1);
  // Start on a line so the body never opens with a stray `---` fragment.
  const from = text.indexOf('\n', start) + 1;
  return text.slice(from, from + length);
}

function folder(rng, contact) {
  const top = contact && rng.chance(0.8) ? 'People' : rng.pick(TOP);
  const depth = rng.weighted([[3, 0], [4, 1], [3, 2]]);
  const parts = [top];
  for (let d = 0; d < depth; d++) parts.push(`${rng.pick(SUB)}-${rng.int(1, 2)}`);
  return parts.join('/');
}

function ordinaryFrontmatter(rng) {
  const lines = [`tags: [${rng.pick(WORDS)}, ${rng.pick(WORDS)}]`];
  if (rng.chance(0.4)) lines.push('aliases:', `  - ${rng.pick(TITLES)} ${rng.int(1, 99)}`);
  if (rng.chance(0.5)) lines.push(`created: 2026-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`);
  // Keys that only look like ours: a prefix match or a nested key must not make a contact.
  if (rng.chance(0.02)) lines.push(`followups: ${rng.int(1, 5)}`);
  if (rng.chance(0.02)) lines.push('meta:', '  followup: active');
  return lines;
}

/** One note: `{ folder, file, text }`. */
export function buildNote(rng, index) {
  const contact = rng.chance(0.2);
  let lines = null;
  let text = body(rng);
  let name;
  if (contact) {
    const entries = contactEntries(rng, index);
    lines = entriesToYaml(entries);
    name = String(entries.find((e) => e.key === 'name')?.value ?? `Contact`);
    if (rng.chance(0.01)) lines.push('notes: |', ...body(rng).slice(0, 5000).split('\n').map((l) => `  ${l}`));
    if (rng.chance(0.3)) text = `Met at the ${rng.pick(WORDS)} meetup.\n\n${text}\n\n## Follow-ups\n`;
  } else {
    name = `${rng.pick(TITLES)}`;
    const kind = rng.weighted([[70, 'frontmatter'], [25, 'none'], [5, 'body-followup']]);
    if (kind !== 'none') lines = ordinaryFrontmatter(rng);
    if (kind === 'body-followup') text = `followup: call back after the ${rng.pick(WORDS)} review\n\n${text}`;
  }
  let note = lines === null ? text : `---\n${lines.join('\n')}\n---\n${text}`;
  if (rng.chance(0.02)) note = note.replace(/\n/g, '\r\n');
  if (rng.chance(0.01)) note = `\uFEFF${note}`;
  return { folder: folder(rng, contact), file: `${name} ${index}.md`, text: note };
}

// --- Writing a vault ---
/** Bump when the generated content changes, so old vaults are rebuilt. */
const GENERATOR_VERSION = 3;
const SEED = 20261120;

export const VAULTS_DIR = fileURLToPath(new URL('./.vaults/', import.meta.url));

export function vaultPath(n) {
  return join(VAULTS_DIR, String(n));
}

/** Writes the vault of `n` notes unless a complete one is already there; returns its path. */
export function makeVault(n, log = () => {}) {
  const dir = vaultPath(n);
  const marker = join(dir, '.complete');
  const expected = JSON.stringify({ version: GENERATOR_VERSION, seed: SEED, notes: n });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === expected) return dir;

  rmSync(dir, { recursive: true, force: true });
  const rng = createRng(SEED);
  const made = new Set();
  let bytes = 0;
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const note = buildNote(rng, i);
    const folderPath = join(dir, note.folder);
    if (!made.has(note.folder)) {
      mkdirSync(folderPath, { recursive: true });
      made.add(note.folder);
    }
    writeFileSync(join(folderPath, note.file), note.text);
    bytes += Buffer.byteLength(note.text);
    if ((i + 1) % 10000 === 0) log(`  ${i + 1}/${n} notes`);
  }
  writeFileSync(marker, expected);
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  log(`wrote ${n} notes (${(bytes / 1e6).toFixed(0)} MB, ${made.size} folders) to ${dir} in ${secs} s`);
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number);
  if (sizes.length === 0 || sizes.some((s) => !Number.isInteger(s) || s <= 0)) {
    process.stderr.write('usage: node bench/make-vault.mjs <notes> [<notes>...]   e.g. 1000 10000 50000\n');
    process.exit(2);
  }
  for (const n of sizes) makeVault(n, (line) => process.stdout.write(`${line}\n`));
}
