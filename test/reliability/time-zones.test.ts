/**
 * Issue 7.5: due dates across DST changes, leap days and year ends are calendar dates, the same
 * in every time zone; and `sent` without --at logs the local wall-clock day of the zone it runs in.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { followups, useBuiltCli } from '../cli/cli-harness';

const ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Auckland', 'Europe/Stockholm', 'Pacific/Kiritimati'];

/** contacted -> due with the default rules (1w, not on a weekend, not the same weekday again). */
const CASES: Record<string, { contacted: string; due: string }> = {
  'leap-day-plus-week': { contacted: '2028-02-29', due: '2028-03-08' }, // Tue + 1w = Tue -> Wed
  'week-onto-leap-day': { contacted: '2028-02-22', due: '2028-03-01' }, // Tue 29 Feb -> Wed 1 Mar
  'year-end': { contacted: '2026-12-28', due: '2027-01-05' }, // Mon + 1w = Mon 4 Jan -> Tue
  'us-dst-start': { contacted: '2026-03-05 23:30', due: '2026-03-13' }, // Thu, clocks jump on 8 Mar
  'nz-dst-end': { contacted: '2026-04-04 23:30', due: '2026-04-13' }, // Sat -> Sat 11 -> Mon 13
  'eu-dst-start': { contacted: '2026-03-28 02:30', due: '2026-04-06' }, // Sat, clocks jump on 29 Mar
};

const vault = mkdtempSync(join(tmpdir(), 'followups-time-'));
for (const [name, c] of Object.entries(CASES)) writeFileSync(join(vault, `${name}.md`), `---\nfollowup: active\ncontacted: [${c.contacted}]\n---\n`);
const nowVault = mkdtempSync(join(tmpdir(), 'followups-time-now-'));
afterAll(() => {
  rmSync(vault, { recursive: true, force: true });
  rmSync(nowVault, { recursive: true, force: true });
});

const localDay = (zone: string): string => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

describe('time zones, DST, leap days, year ends', () => {
  useBuiltCli();
  const outputs = new Map<string, string>();

  for (const tz of ZONES) {
    it(`agenda due dates are calendar dates in ${tz}`, () => {
      const run = followups(['agenda', vault, '--today', '2026-12-01', '--json'], { tz });
      expect(run.code, run.stderr).toBe(0);
      const json = JSON.parse(run.stdout) as { items: { path: string; due: string | null }[] };
      for (const [name, c] of Object.entries(CASES)) expect(json.items.find((i) => i.path === `${name}.md`)?.due, `${name} in ${tz}`).toBe(c.due);
      outputs.set(tz, run.stdout);
      // Zone-free input gives byte-identical output in every zone.
      expect(run.stdout).toBe(outputs.get('UTC') ?? run.stdout);
    });

    it(`sent without --at logs the local day in ${tz}`, () => {
      const note = join(nowVault, 'now.md');
      writeFileSync(note, '---\nfollowup: active\n---\n');
      const before = localDay(tz);
      const run = followups(['sent', note], { tz });
      const after = localDay(tz);
      expect(run.code, run.stderr).toBe(0);
      const logged = /contacted: \[(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}\]/.exec(readFileSync(note, 'utf8'))?.[1];
      expect([before, after]).toContain(logged);
    });
  }
});
