/**
 * Issue 7.2: SIGKILL at seeded random moments during a write loop over 200 notes. Every note
 * must be byte-exact the old or the new version, never partial or empty; a normal run leaves
 * no temp file; what a kill leaves is dot-named and ignored by `followups agenda`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { followups, REPO, useBuiltCli } from '../cli/cli-harness';
import { seededRandom } from '../seeded-random';

const NOTES = 200;
const KILLS = 20;
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

/** Four styles of note, so LF, CRLF, BOM, comments and odd bodies all meet a kill. */
const TEMPLATES = [
  '---\nfollowup: active # keep going\nname: Jane Doe\ncontacted: [2026-11-04 09:10]\ncadence: 1w, 1w, 2w\n---\nNotes about Jane.\n',
  '---\r\nfollowup: active\r\ncontacted:\r\n  - 2026-11-04\r\n# a comment\r\ninterests: [pizza]\r\n---\r\nCRLF body\r\n---\r\nstill body\r\n',
  '\uFEFF---\nfollowup: active\ncontacted: 2026-11-04 09:10\n---\nBOM note 🍕 with no final newline',
  `---\nfollowup: active\ncontacted: [2026-10-01, 2026-10-08]\ntopic: "the role: senior"\n---\n${'A long body line. '.repeat(2000)}\n`,
];

let driver = '';
const build = (): void => {
  const dir = mkdtempSync(join(tmpdir(), 'followups-crash-driver-'));
  driver = join(dir, 'driver.cjs');
  buildSync({ entryPoints: [join(REPO, 'test/reliability/crash-driver.ts')], outfile: driver, bundle: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'error' });
};

function freshVault(): string {
  const dir = mkdtempSync(join(tmpdir(), 'followups-crash-'));
  for (let i = 0; i < NOTES; i++) writeFileSync(join(dir, `note-${String(i).padStart(3, '0')}.md`), TEMPLATES[i % TEMPLATES.length] ?? '');
  return dir;
}

/** Runs the loop; kills it `killAfterMs` after it printed `ready` (never when null). */
function runDriver(vault: string, killAfterMs: number | null): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [driver, vault, String(NOTES)], { env: { ...process.env, CRASH_DRIVER: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.once('data', () => {
      if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.resume();
    child.on('error', fail);
    child.on('exit', (code, signal) => done({ code, signal }));
  });
}

const read = (vault: string, i: number): string => readFileSync(join(vault, `note-${String(i).padStart(3, '0')}.md`), 'latin1');
const extraFiles = (vault: string): string[] => readdirSync(vault).filter((f) => !/^note-\d{3}\.md$/.test(f));

describe('crash safety of the CLI write loop', () => {
  useBuiltCli();
  beforeAll(build, 60_000);

  it(`every note is the old or the new version after ${KILLS} seeded SIGKILLs (seed ${SEED})`, async () => {
    const reference = freshVault();
    const old = Array.from({ length: NOTES }, (_, i) => read(reference, i));
    const clean = await runDriver(reference, null);
    expect(clean.code).toBe(0);
    expect(extraFiles(reference), 'a normal run left temp files').toEqual([]);
    const next = Array.from({ length: NOTES }, (_, i) => read(reference, i));
    next.forEach((text, i) => expect(text, `note ${i} was not changed by the normal run`).not.toBe(old[i]));

    const random = seededRandom(SEED);
    const report: string[] = [];
    let midLoop = 0;
    let leftovers = 0;
    for (let k = 0; k < KILLS; k++) {
      const vault = freshVault();
      const after = 5 + Math.floor(random() * 196);
      const run = await runDriver(vault, after);
      let newCount = 0;
      for (let i = 0; i < NOTES; i++) {
        const text = read(vault, i);
        if (text === next[i]) newCount++;
        else expect(text, `kill ${k} at ${after} ms: note ${i} is neither old nor new`).toBe(old[i]);
      }
      if (newCount > 0 && newCount < NOTES) midLoop++;
      const extra = extraFiles(vault);
      // A temp file may survive a kill: it must be hidden (dot-named) and say what it was for.
      // A kill may leave a temp file or the note's lock (taken over by the next run: its pid is gone).
      for (const f of extra) expect(f).toMatch(/^\.note-\d{3}\.md(\.\d+-[0-9a-f]{12}\.tmp|\.lock)$/);
      leftovers += extra.length;
      if (extra.length > 0) {
        const agenda = followups(['agenda', vault, '--today', '2026-11-25', '--json']);
        const json = JSON.parse(agenda.stdout) as { items: { path: string }[]; problems: unknown[] };
        expect(json.items).toHaveLength(NOTES);
        expect(json.problems).toEqual([]);
      }
      rmSync(vault, { recursive: true, force: true });
      report.push(`${after}ms:${run.signal ?? run.code}:${newCount}/${NOTES}${extra.length ? `+${extra.length}tmp` : ''}`);
    }
    rmSync(reference, { recursive: true, force: true });
    process.stdout.write(`${`crash safety (seed ${SEED}): ${KILLS} kills, ${midLoop} mid-loop, ${leftovers} temp files left by kills; ${report.join(' ')}`}\n`);
    expect(midLoop, 'no kill landed inside the write loop').toBeGreaterThan(0);
  }, 180_000);
});
