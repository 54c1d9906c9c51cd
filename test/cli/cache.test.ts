/**
 * The CLI's cache (issue 16): a repeat run reuses what it read, and never shows a stale answer.
 * Real processes on real temp vaults, each test with its own cache folder. A cache file is
 * "doctored" (its saved output or results replaced by markers) to see whether a run used it:
 * a marker in the output proves a hit, its absence a re-read.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheDir, cacheFileFor } from '../../src/cli/cache/cache-file';
import { readCacheData, writeCacheData } from '../../src/cli/cache/cache-data';
import { CLI, followups, snapshot, tempVault, useBuiltCli } from './cli-harness';

useBuiltCli();

const TODAY = '2026-11-25';
const JANE = 'Jobs/Jane Doe.md';

interface Setup {
  vault: string;
  env: { XDG_CACHE_HOME: string };
  file: string;
}
const homes: string[] = [];
afterAll(() => {
  for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
});
function setup(): Setup {
  const vault = tempVault();
  const home = mkdtempSync(join(tmpdir(), 'followups-cache-test-'));
  homes.push(home);
  const env = { XDG_CACHE_HOME: home };
  return { vault, env, file: cacheFileFor(cacheDir(env), realpathSync(vault)) };
}
const agenda = (s: Setup, ...more: string[]) => followups(['agenda', s.vault, '--today', TODAY, ...more], { env: s.env });
/** What a run without the cache says: the truth every cached run must match. */
const truth = (s: Setup, ...more: string[]) => followups(['agenda', s.vault, '--today', TODAY, '--no-cache', ...more], { env: s.env });

/** The file's cache data as stored (byte parts still packed). */
const raw = (file: string): object => readCacheData(file) as object;
/** A saved `agenda --json` table: items in output order, problems, each by note position. */
type Table = { length: number; items: [number, string | null, string, number, number][]; problems: [number, string, number, number][] };
/** The cache file with its packed parts unpacked (paths joined by NUL, each result its own v8 buffer). */
type Data = { format: string; savedAt: number; paths: string[]; results: unknown[]; outputs: [string, string][]; tables: [string, Table][] };
function load(file: string): Data {
  const raw = readCacheData(file) as unknown as Omit<Data, 'tables'> & { paths: string; results: Uint8Array; ends: Float64Array; tables: [string, Uint8Array][] };
  const results = [...raw.ends].map((end, i) => {
    const from = i === 0 ? 0 : (raw.ends[i - 1] as number);
    return from === end ? null : (deserialize(raw.results.subarray(from, end)) as unknown);
  });
  return { ...raw, paths: raw.paths.split('\0'), results, tables: raw.tables.map(([k, t]) => [k, deserialize(t) as Table]) };
}
function doctor(file: string, change: (d: Data) => void): void {
  const data = load(file);
  change(data);
  const parts = data.results.map((r) => (r === null ? new Uint8Array(0) : serialize(r)));
  let end = 0;
  const ends = new Float64Array(parts.map((b) => (end += b.length)));
  const tables = data.tables.map(([k, t]) => [k, serialize(t)]);
  writeCacheData(file, { ...data, paths: data.paths.join('\0'), results: Buffer.concat(parts), ends, tables });
}
/** As if the cache had been saved well after every note last changed (nothing racy). */
const settled = (d: Data): void => {
  d.savedAt = Date.now() + 60_000;
};
/**
 * Each saved text output replaced by a marker; in each saved JSON output every item's part
 * replaced by `"MARKER <its path>"` (the table's ranges moved to match, so the parts stay usable).
 */
const markOutputs = (d: Data): void => {
  const tables = new Map(d.tables);
  d.outputs = d.outputs.map(([k, text]) => {
    const t = tables.get(k);
    if (t === undefined) return [k, 'MARKER\n'];
    // The table's ranges are in bytes of the output's UTF-8.
    const bytes = Buffer.from(text, 'utf8');
    const ranges = [...t.items.map((e, n) => ({ start: e[3], end: e[4], set: (s: number, f: number) => ((t.items[n] as Table['items'][number]).splice(3, 2, s, f)), marker: `    "MARKER ${d.paths[e[0]] ?? ''}"` })), ...t.problems.map((e, n) => ({ start: e[2], end: e[3], set: (s: number, f: number) => ((t.problems[n] as Table['problems'][number]).splice(2, 2, s, f)), marker: null as string | null }))].sort((a, b) => a.start - b.start);
    const out: Buffer[] = [];
    let length = 0;
    let from = 0;
    const put = (b: Buffer): void => {
      out.push(b);
      length += b.length;
    };
    for (const r of ranges) {
      put(bytes.subarray(from, r.start));
      const part = r.marker === null ? bytes.subarray(r.start, r.end) : Buffer.from(r.marker, 'utf8');
      r.set(length, length + part.length);
      put(part);
      from = r.end;
    }
    put(bytes.subarray(from));
    t.length = length;
    return [k, Buffer.concat(out).toString('utf8')];
  });
};
/** The paths of the items in an `agenda --json` output, marked ones as `MARKER <path>`. */
const itemsOf = (stdout: string): string[] =>
  (JSON.parse(stdout) as { items: (string | { path: string })[] }).items.map((i) => (typeof i === 'string' ? i : i.path));

describe('the CLI cache', () => {
  it('lives in XDG_CACHE_HOME, never in the vault; a repeat run with nothing changed answers from it', () => {
    const s = setup();
    const before = snapshot(s.vault);
    const first = agenda(s);
    expect(first).toEqual(truth(s));
    expect(snapshot(s.vault)).toEqual(before);
    expect(statSync(s.file).isFile()).toBe(true);
    doctor(s.file, (d) => {
      settled(d);
      markOutputs(d);
    });
    expect(agenda(s).stdout).toBe('MARKER\n');
    // --no-cache neither uses nor updates it.
    const bytes = readFileSync(s.file);
    expect(truth(s)).toEqual(first);
    expect(readFileSync(s.file)).toEqual(bytes);
  });

  it('an edited note is read again, even with its mtime and size put back', () => {
    const s = setup();
    agenda(s);
    doctor(s.file, (d) => {
      settled(d);
      markOutputs(d);
    });
    const note = join(s.vault, JANE);
    const { mtime, size } = statSync(note);
    const text = readFileSync(note, 'utf8');
    const edited = text.replace(/^followup: active/m, 'followup: paused'); // same size
    expect(edited).not.toBe(text);
    writeFileSync(note, edited);
    expect(statSync(note).size).toBe(size);
    utimesSync(note, mtime, mtime); // ctime still moves
    const after = agenda(s);
    expect(after.stdout).not.toContain('MARKER');
    expect(after).toEqual(truth(s));
  });

  it('agenda --json re-plans only the edited note: every other item comes from the cache as saved', () => {
    const s = setup();
    const before = agenda(s, '--json');
    doctor(s.file, (d) => {
      settled(d);
      markOutputs(d);
    });
    const note = join(s.vault, JANE);
    writeFileSync(note, readFileSync(note, 'utf8').replace(/^followup: active/m, 'followup: paused'));
    const after = agenda(s, '--json');
    const paths = itemsOf(before.stdout);
    expect(paths).toContain(JANE);
    // Jane is read, planned and rendered again (now paused: another place in the order); the others are the markers.
    const items = itemsOf(after.stdout);
    expect(items.filter((i) => !i.startsWith('MARKER ')).sort()).toEqual([JANE]);
    expect(items.filter((i) => i.startsWith('MARKER ')).map((i) => i.slice(7)).sort()).toEqual(paths.filter((p) => p !== JANE).sort());
    const jane = (JSON.parse(after.stdout) as { items: (string | { path: string; state: string })[] }).items.find((i) => typeof i !== 'string');
    expect(jane).toMatchObject({ path: JANE, state: 'paused' });
  });

  it.each([
    ['a note renamed', (v: string) => renameSync(join(v, JANE), join(v, 'Jobs/Jane D.md'))],
    ['a note deleted', (v: string) => unlinkSync(join(v, JANE))],
    ['a note added to a new folder', (v: string) => {
      mkdirSync(join(v, 'New'));
      writeFileSync(join(v, 'New/Ann.md'), '---\nfollowup: active\ncontacted: [2026-11-02]\n---\n');
    }],
    ['a folder renamed', (v: string) => renameSync(join(v, 'Sales'), join(v, 'Deals'))],
  ])('%s: the answer is the uncached one', (_, change) => {
    const s = setup();
    agenda(s);
    agenda(s, '--json');
    doctor(s.file, (d) => {
      settled(d);
      d.outputs = d.outputs.map(([k]) => [k, 'MARKER\n']);
    });
    change(s.vault);
    for (const more of [[], ['--json']]) {
      const run = agenda(s, ...more);
      expect(run.stdout).not.toContain('MARKER');
      expect(run).toEqual(truth(s, ...more));
    }
    // And again, from the cache those runs saved.
    for (const more of [[], ['--json']]) expect(agenda(s, ...more)).toEqual(truth(s, ...more));
  });

  it('another day, other settings, --json or a filter give their own answer, not the saved one', () => {
    const s = setup();
    agenda(s);
    agenda(s, '--json');
    doctor(s.file, (d) => {
      settled(d);
      markOutputs(d);
    });
    for (const more of [[], ['--json']]) {
      const tomorrow = followups(['agenda', s.vault, '--today', '2026-11-26', ...more], { env: s.env });
      expect(tomorrow).toEqual(followups(['agenda', s.vault, '--today', '2026-11-26', '--no-cache', ...more], { env: s.env }));
    }
    expect(agenda(s, '--json', '--bucket', 'overdue')).toEqual(truth(s, '--json', '--bucket', 'overdue'));
    expect(agenda(s, '--json', '--context', 'sales')).toEqual(truth(s, '--json', '--context', 'sales'));
    writeFileSync(join(s.vault, '.followups.json'), JSON.stringify({ defaultCadence: '3w' }));
    for (const more of [[], ['--json']]) {
      const run = agenda(s, ...more);
      expect(run.stdout).not.toContain('MARKER');
      expect(run).toEqual(truth(s, ...more));
    }
  });

  it('a settings file with a bad value: its problem sorts with the notes\' problems, cached or not', () => {
    const s = setup();
    writeFileSync(join(s.vault, '.followups.json'), JSON.stringify({ defaultCadence: 'soon' }));
    writeFileSync(join(s.vault, 'Bad.md'), '---\nfollowup: maybe\n---\n');
    for (let round = 0; round < 2; round++) expect(agenda(s, '--json')).toEqual(truth(s, '--json'));
    expect((JSON.parse(agenda(s, '--json').stdout) as { problems: unknown[] }).problems.length).toBeGreaterThanOrEqual(2);
  });

  it('a note changed within 2 s of the run that saved the cache is always read again', () => {
    const s = setup();
    agenda(s);
    agenda(s, '--json');
    doctor(s.file, (d) => {
      // As if saved 1 s after the first note was last changed (whatever this machine's speed):
      // every note changed at most 2 s before the save, so every one is racy.
      const stamps = (d as unknown as { stamps: Float64Array }).stamps;
      let first = Infinity;
      for (let i = 0; i < stamps.length; i += 4) first = Math.min(first, stamps[i] as number, stamps[i + 1] as number);
      d.savedAt = first + 1000;
      markOutputs(d);
      d.results = d.results.map((r) => (r === null ? r : { ok: false, problems: [{ path: 'FAKE.md', key: 'k', value: null, message: 'FAKE' }] }));
    });
    for (const more of [[], ['--json']]) {
      const run = agenda(s, ...more);
      expect(run.stdout).not.toMatch(/MARKER|FAKE/);
      expect(run).toEqual(truth(s, ...more));
    }
  });

  it('a note edited in the same second as the run before (same size, mtime put back) is seen by the next run', () => {
    const s = setup();
    const note = join(s.vault, JANE);
    const text = readFileSync(note, 'utf8');
    const { mtime } = statSync(note);
    for (const more of [[], ['--json']]) {
      writeFileSync(note, text);
      utimesSync(note, mtime, mtime);
      expect(agenda(s, ...more)).toEqual(truth(s, ...more));
      // Right away, no waiting: the same size, the same mtime; only the bytes (and ctime) differ.
      writeFileSync(note, text.replace(/^followup: active/m, 'followup: paused'));
      utimesSync(note, mtime, mtime);
      const after = agenda(s, ...more);
      expect(after.stdout).toContain(more.length === 0 ? 'paused' : '"state": "paused"');
      expect(after).toEqual(truth(s, ...more));
    }
  });

  it('uses saved results of settled notes (so the racy test above can fail)', () => {
    const s = setup();
    agenda(s);
    // Each run saves anew, and the copied notes are racy for that save: doctored before each.
    const fake = (d: Data): void => {
      settled(d);
      d.outputs = [];
      d.tables = [];
      const i = d.paths.indexOf(JANE);
      d.results[i] = { ok: false, problems: [{ path: JANE, key: 'k', value: null, message: 'FAKE' }] };
    };
    doctor(s.file, fake);
    expect(agenda(s).stdout).toContain('FAKE');
    doctor(s.file, fake);
    expect(agenda(s, '--json').stdout).toContain('FAKE');
  });

  it.each([
    ['garbage bytes', (f: string) => writeFileSync(f, 'not a cache \u0000\u00ff')],
    ['an empty file', (f: string) => writeFileSync(f, '')],
    ['a truncated file', (f: string) => writeFileSync(f, readFileSync(f).subarray(0, 100))],
    ['another version', (f: string) => doctor(f, (d) => Object.assign(d, { version: 'followups 0.0.1', outputs: [['x', 'MARKER\n']] }))],
    ['another shape', (f: string) => writeCacheData(f, { ...raw(f), paths: 42 })],
    ['results that do not decode', (f: string) => {
      const d = raw(f) as { results: Uint8Array };
      writeCacheData(f, { ...d, savedAt: Date.now() + 60_000, results: new Uint8Array(d.results.length).fill(0xff), outputs: [], tables: [] });
    }],
    ['results shorter than their ends', (f: string) => writeCacheData(f, { ...raw(f), results: new Uint8Array([1, 2, 3]), outputs: [] })],
    ['parts that disagree', (f: string) => writeCacheData(f, { ...raw(f), stamps: new Float64Array(4), outputs: [] })],
    ['a header that claims more bytes than the file has', (f: string) => writeFileSync(f, readFileSync(f).subarray(0, readFileSync(f).length - 1))],
  ])('a cache file holding %s is ignored and rewritten', (_, spoil) => {
    const s = setup();
    agenda(s);
    agenda(s, '--json');
    spoil(s.file);
    for (const more of [[], ['--json']]) {
      const run = agenda(s, ...more);
      expect(run.stdout).not.toContain('MARKER');
      expect(run).toEqual(truth(s, ...more));
    }
    const data = load(s.file);
    expect(data.format).toMatch(/^followups-cache\//);
    expect(data.paths).toContain(JANE);
    expect(agenda(s, '--json')).toEqual(truth(s, '--json'));
  });

  it.each([
    ['of another shape', (t: Table): Table => ({ ...t, items: [[99_999, null, 'x', 0, 1]] })],
    ['whose ranges run past its output', (t: Table): Table => ({ ...t, items: t.items.map(([at, due, name, start]) => [at, due, name, start, t.length + 1]) })],
    ['for another output', (t: Table): Table => ({ ...t, length: t.length + 1 })],
  ])('a JSON table %s is not used after a change: the answer is the uncached one', (_, spoil) => {
    const s = setup();
    agenda(s, '--json');
    doctor(s.file, (d) => {
      settled(d);
      markOutputs(d);
      d.tables = d.tables.map(([k, t]) => [k, spoil(t)]);
    });
    const note = join(s.vault, JANE);
    writeFileSync(note, readFileSync(note, 'utf8').replace(/^followup: active/m, 'followup: paused'));
    const run = agenda(s, '--json');
    expect(run.stdout).not.toContain('MARKER');
    expect(run).toEqual(truth(s, '--json'));
  });

  it('check uses the same cache and says the same as without it', () => {
    const s = setup();
    writeFileSync(join(s.vault, 'Bad.md'), '---\nfollowup: maybe\n---\n');
    const plain = followups(['check', s.vault, '--no-cache'], { env: s.env });
    expect(followups(['check', s.vault], { env: s.env })).toEqual(plain);
    expect(followups(['check', s.vault], { env: s.env })).toEqual(plain);
    expect(plain.code).toBe(1);
  });

  it.each([2, 3])('%i runs at once (text and --json, real processes) all answer right and leave one whole cache, no temp files', async (many) => {
    const s = setup();
    const expected = { text: truth(s).stdout, json: truth(s, '--json').stdout };
    const runOnce = (json: boolean) =>
      new Promise<string>((done, fail) => {
        // COLUMNS as the harness sets it, so the output is fitted to the same width as `truth`.
        const args = [CLI, 'agenda', s.vault, '--today', TODAY, ...(json ? ['--json'] : [])];
        const child = spawn(process.execPath, args, { env: { ...process.env, COLUMNS: '1000', ...s.env, TZ: 'UTC' } });
        let out = '';
        child.stdout.on('data', (b: Buffer) => (out += b.toString()));
        child.on('error', fail);
        child.on('close', () => done(out));
      });
    const note = join(s.vault, JANE);
    const text = readFileSync(note, 'utf8');
    for (let round = 0; round < 4; round++) {
      // Rounds 2 and 3 start right after an edit: the runs race on a changed note.
      if (round === 2) writeFileSync(note, text.replace(/^followup: active/m, 'followup: paused'));
      if (round === 2 || round === 3) Object.assign(expected, { text: truth(s).stdout, json: truth(s, '--json').stdout });
      const kinds = Array.from({ length: many }, (_, k) => (k + round) % 2 === 1);
      const outs = await Promise.all(kinds.map((json) => runOnce(json)));
      outs.forEach((out, k) => expect(out).toBe(kinds[k] ? expected.json : expected.text));
    }
    expect(readdirSync(join(s.env.XDG_CACHE_HOME, 'followups')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(agenda(s)).toEqual(truth(s));
    expect(agenda(s, '--json')).toEqual(truth(s, '--json'));
  }, 60_000);

  it('is bounded: old caches of other vaults are pruned', () => {
    const s = setup();
    const dir = cacheDir(s.env);
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 40; i++) {
      const f = join(dir, `old-${String(i).padStart(2, '0')}.cache`);
      writeFileSync(f, 'x');
      utimesSync(f, new Date(2020, 0, 1 + i), new Date(2020, 0, 1 + i));
    }
    agenda(s);
    const left = readdirSync(dir).filter((n) => n.endsWith('.cache'));
    expect(left.length).toBe(32);
    expect(left).toContain(s.file.split('/').pop());
    expect(left).not.toContain('old-00.cache');
  });

  it('a relative XDG_CACHE_HOME is ignored for ~/.cache', () => {
    expect(cacheDir({ XDG_CACHE_HOME: 'rel/cache' })).toBe(join(homedir(), '.cache', 'followups'));
    expect(cacheDir({})).toBe(join(homedir(), '.cache', 'followups'));
    expect(cacheDir({ XDG_CACHE_HOME: '/x/y' })).toBe('/x/y/followups');
  });

  it('with neither an absolute XDG_CACHE_HOME nor an absolute home, runs without a cache and writes nothing where it runs', () => {
    const s = setup();
    const cwd = mkdtempSync(join(tmpdir(), 'followups-cache-cwd-'));
    homes.push(cwd);
    const env = { XDG_CACHE_HOME: '', HOME: 'rel' };
    const expected = truth(s).stdout;
    for (let run = 0; run < 2; run++) expect(followups(['agenda', s.vault, '--today', TODAY], { cwd, env }).stdout).toBe(expected);
    expect(followups(['check', s.vault, '--today', TODAY], { cwd, env })).toEqual(followups(['check', s.vault, '--today', TODAY, '--no-cache'], { cwd, env }));
    expect(readdirSync(cwd)).toEqual([]);
  });
});
