/**
 * The built CLI reads a vault of 4,000 notes or more on two threads (read-in-parallel.ts; the
 * second one started while the walk is still going). Its answer must be the one thread's: the
 * sources, imported here, always read on one thread. The vault is the example vault copied 300
 * times (4,800 notes: contacts in every form, problems, non-contacts), plus one that is not UTF-8
 * and, unless the tests run as root, one that cannot be read.
 */
import { chmodSync, cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgenda } from '../../../src/core/agenda';
import { agendaText } from '../../../src/cli/output/agenda-text';
import { paletteFor } from '../../../src/cli/output/colour';
import { planningSettings } from '../../../src/cli/planning-settings';
import { readVault } from '../../../src/cli/vault/read-vault';
import { EXAMPLE_VAULT, followups, useBuiltCli } from '../cli-harness';

useBuiltCli();

const TODAY = '2026-11-25';
const COPIES = 300;
let vault = '';
let home = '';

beforeAll(() => {
  vault = realpathSync(mkdtempSync(join(tmpdir(), 'followups-parallel-')));
  home = mkdtempSync(join(tmpdir(), 'followups-parallel-cache-'));
  cpSync(join(EXAMPLE_VAULT, '.obsidian'), join(vault, '.obsidian'), { recursive: true });
  for (let k = 0; k < COPIES; k++) {
    const to = join(vault, `Copy ${String(k).padStart(3, '0')}`);
    cpSync(EXAMPLE_VAULT, to, { recursive: true, filter: (src) => !src.includes('.obsidian') });
  }
  writeFileSync(join(vault, 'Copy 150', 'Latin-1.md'), Buffer.from('---\nfollowup: active\nname: K\xe4the\n---\n', 'latin1'));
  mkdirSync(join(vault, 'Copy 299', 'Locked'));
  writeFileSync(join(vault, 'Copy 299', 'Locked', 'Secret.md'), '---\nfollowup: active\n---\n');
  if (process.getuid?.() !== 0) chmodSync(join(vault, 'Copy 299', 'Locked', 'Secret.md'), 0o000);
}, 120_000);

afterAll(() => {
  for (const dir of [vault, home]) if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('reading a large vault on two threads', () => {
  it('gives the same agenda --json as one thread, without and with the cache', () => {
    const oneThread = readVault(vault, { cache: false }).agendaJson('k', TODAY, {});
    const expected = typeof oneThread === 'string' ? oneThread : Buffer.from(oneThread).toString('utf8');
    const json = JSON.parse(expected) as { items: unknown[]; problems: unknown[] };
    expect(json.items.length).toBeGreaterThan(COPIES * 5);
    expect(json.problems.length).toBeGreaterThan(COPIES);
    const env = { XDG_CACHE_HOME: home };
    const cold = followups(['agenda', vault, '--today', TODAY, '--json', '--no-cache'], { env });
    expect(cold.stderr).toBe('');
    expect(cold.stdout).toBe(expected);
    // A first cached run reads every note too (stamping each), then a repeat answers from the cache.
    for (let run = 0; run < 2; run++) expect(followups(['agenda', vault, '--today', TODAY, '--json'], { env }).stdout).toBe(expected);
  });

  it('gives the same plain agenda as one thread (every note read, no stamps taken)', () => {
    const read = readVault(vault, { cache: false });
    const agenda = buildAgenda([{ ok: false, problems: read.settingsProblems }, ...read.reads], planningSettings(read), TODAY);
    const expected = agendaText(agenda, paletteFor({ isTTY: false }, {}), 1000);
    expect(agenda.items.length).toBeGreaterThan(COPIES * 5);
    const text = followups(['agenda', vault, '--today', TODAY, '--no-cache'], { env: { XDG_CACHE_HOME: home } });
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(expected);
  });
});
