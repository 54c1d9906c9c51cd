/**
 * What the benchmarks share: bundling TS sources for plain Node, timing and reporting, a DOM
 * with Obsidian's DOM helpers, and a fake App over synthetic frontmatter.
 */
import esbuild from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { contactEntries, createRng, entriesToObject } from './make-vault.mjs';

// --- TypeScript sources for plain Node: bundled with esbuild into a temp .mjs first (one
// file, production-like: no vitest transform in the measured path) ---

export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Under the gitignored vaults folder, so the bundle's external imports find node_modules. */
const SCRATCH = join(ROOT, 'bench/.vaults/.bundles');

/**
 * Imports named exports of TS modules, e.g. `{ 'src/core/rules.ts': ['planFollowUp'] }`, or of
 * packages by bare name. `root` is the tree the sources come from (another build's, for A/B).
 * `alias` maps bare imports (e.g. `obsidian`) to stand-ins; `external` stays a runtime import,
 * so the bundle and the benchmark share one instance of it.
 */
export async function importTs(modules, { alias = {}, external = [], root = ROOT } = {}) {
  const contents = Object.entries(modules)
    .map(([file, names]) => `export { ${names.join(', ')} } from '${/\.[mc]?[jt]s$/.test(file) ? `./${file}` : file}';`)
    .join('\n');
  const result = await esbuild.build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    alias,
    external,
    // CommonJS dependencies (gray-matter) require Node built-ins at run time.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    write: false,
    logLevel: 'warning',
  });
  mkdirSync(SCRATCH, { recursive: true });
  const dir = mkdtempSync(join(SCRATCH, 'entry-'));
  const file = join(dir, 'entry.mjs');
  writeFileSync(file, result.outputFiles[0].text);
  try {
    // eslint-disable-next-line no-unsanitized/method -- our own esbuild output, written just above
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// --- Timing and reporting: every benchmark makes rows `{ name, value, unit?, target?, met?,
// note? }`; run directly it prints them, with `--json` one JSON line for bench/run-all.mjs ---

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One untimed warm-up, then the median of `runs` timed calls of `fn` in ms. */
export async function medianMs(fn, runs = 5) {
  await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 1 ? `${ms.toFixed(1)} ms` : `${(ms * 1000).toFixed(0)} µs`);

/** A row's value as shown: time, or a ratio / per-item cost when the row says so. */
export function show(row) {
  if (row.unit === 'x') return `${row.value.toFixed(2)}×`;
  if (row.unit === 'µs') return `${row.value.toFixed(2)} µs`;
  if (row.unit === 'MiB') return `${row.value.toFixed(0)} MiB`;
  return fmt(row.value);
}

export function printRows(title, rows) {
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ title, rows })}\n`);
    return;
  }
  process.stdout.write(`\n${title}\n`);
  for (const row of rows) {
    const target = row.target ? `  (target ${row.target}${row.met === undefined ? '' : row.met ? ', met' : ', MISSED'})` : '';
    process.stdout.write(`  ${row.name.padEnd(52)} ${show(row).padStart(10)}${target}${row.note ? `  ${row.note}` : ''}\n`);
  }
}

// --- A DOM for plain Node: jsdom's window as globals, then obsidian-test-mocks' additions to
// the DOM prototypes (createDiv, empty, …) that the view relies on, as Obsidian has them ---

export async function installDom() {
  const { JSDOM } = await import('jsdom');
  const { window } = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  for (const key of Object.getOwnPropertyNames(window)) {
    if (key in globalThis) continue;
    try {
      globalThis[key] = window[key];
    } catch {
      // A few window properties are getters that refuse a second global; none is needed.
    }
  }
  globalThis.window = window;
  globalThis.document = window.document;
  const { setup } = await import('obsidian-test-mocks/setup');
  setup();
}

// --- A fake App shaped like what contact-index.ts uses (vault.getMarkdownFiles, vault.on,
// metadataCache.getFileCache, metadataCache.on), over frontmatter objects built once as
// Obsidian's cache holds them (dates as strings). It counts calls, so a benchmark can show that
// one change did not rescan the vault ---
/** `files` notes, every `files / contacts`-th of them a contact. Files are plain `{ path }`s:
 * the index tests `instanceof TFile` only on create and rename, which the benchmarks do not send. */
const PARAGRAPH = { type: 'paragraph', position: { start: { line: 0, col: 0, offset: 0 }, end: { line: 0, col: 9, offset: 9 } } };
const YAML = { type: 'yaml', position: { start: { line: 0, col: 0, offset: 0 }, end: { line: 3, col: 3, offset: 30 } } };

export function makeFakeApp({ files, contacts }) {
  const rng = createRng(11);
  const every = Math.round(files / contacts);
  const list = [];
  const cache = new Map();
  for (let i = 0; i < files; i++) {
    const contact = i % every === 0;
    const file = { path: `${contact ? 'People' : 'Notes'}/${String(i % 97)}/Note ${i}.md`, extension: 'md' };
    list.push(file);
    const frontmatter = contact ? entriesToObject(contactEntries(rng, i)) : rng.chance(0.7) ? { tags: ['note', 'idea'], aliases: [`N${i}`] } : undefined;
    // As Obsidian's cache has them: a note without frontmatter opens with a paragraph section
    // (so the index never reads its text), one with frontmatter with its yaml section.
    cache.set(file.path, frontmatter === undefined ? { links: [], sections: [PARAGRAPH] } : { frontmatter, links: [], sections: [YAML] });
  }
  const calls = { getMarkdownFiles: 0, getFileCache: 0 };
  const handlers = new Map();
  const on = (name, callback) => {
    handlers.set(name, callback);
    return { name, callback };
  };
  const app = {
    vault: {
      getMarkdownFiles: () => {
        calls.getMarkdownFiles++;
        return list;
      },
      on,
    },
    metadataCache: {
      resolved: true,
      getFileCache: (file) => {
        calls.getFileCache++;
        return cache.get(file.path) ?? null;
      },
      on,
      offref: () => {},
    },
  };
  /** What Obsidian does when a note's frontmatter is edited: new cache, then 'changed'. */
  const edit = (file, frontmatter) => {
    const entry = { frontmatter, links: [] };
    cache.set(file.path, entry);
    handlers.get('changed')?.(file, '', entry);
  };
  const contactFiles = list.filter((_, i) => i % every === 0);
  return { app, calls, files: list, contactFiles, cache, edit };
}
