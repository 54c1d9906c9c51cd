// `followups ics` as users run it: the example vault's feed parsed back by ical.js, links to
// Obsidian or to files, --out written whole, bad flags refused.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { followups, tempVault, useBuiltCli } from './cli-harness';

useBuiltCli();

const events = (text: string): ICAL.Event[] =>
  new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

describe('followups ics', () => {
  it('lists the active, due contacts of the example vault with obsidian:// links', () => {
    const vault = tempVault();
    const r = followups(['ics', vault, '--today', '2026-11-25', '--days', '30']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const list = events(r.stdout);
    const agenda = JSON.parse(followups(['agenda', vault, '--today', '2026-11-25', '--json']).stdout) as {
      items: Array<{ path: string; state: string; due: string | null }>;
    };
    const expected = agenda.items.filter((i) => i.state === 'scheduled' && i.due !== null && i.due <= '2026-12-25').map((i) => i.path);
    expect(list.map((e) => decodeURIComponent(e.uid.split('/').slice(1).join('/').replace('@pleasantly-persistent', '')))).toEqual(expected);
    expect(list.length).toBeGreaterThan(3);
    const name = encodeURIComponent(vault.split('/').pop() ?? '');
    for (const e of list) expect(String(e.component.getFirstPropertyValue('url'))).toMatch(new RegExp(`^obsidian://open\\?vault=${name}&file=`));
    const stamp = list[0]?.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(Math.abs(stamp.toJSDate().getTime() - Date.now())).toBeLessThan(10 * 60_000);
  });

  it('links to files when the folder is not an Obsidian vault, and the same UIDs on a second run', () => {
    const vault = tempVault();
    rmSync(join(vault, '.obsidian'), { recursive: true });
    const first = events(followups(['ics', vault, '--today', '2026-11-25']).stdout);
    const again = events(followups(['ics', vault, '--today', '2026-11-25']).stdout);
    expect(again.map((e) => e.uid)).toEqual(first.map((e) => e.uid));
    const jane = first.find((e) => e.summary.includes('Jane Doe'));
    expect(jane?.component.getFirstPropertyValue('url')).toBe(pathToFileURL(join(vault, 'Jobs/Jane Doe.md')).href);
  });

  it('puts events at the slot times of the settings, and names a bad one on stderr', () => {
    const vault = tempVault();
    writeFileSync(join(vault, '.followups.json'), JSON.stringify({ slotTimes: { morning: '07:15', afternoon: 'late' } }));
    const r = followups(['ics', vault, '--today', '2026-11-25']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('`slotTimes.afternoon` should be a time like 09:00; found "late" (the default 15:00 is used)');
    const starts = new Set(events(r.stdout).map((e) => e.startDate.toString().slice(11)));
    expect([...starts].every((t) => ['07:15:00', '12:00:00', '15:00:00'].includes(t))).toBe(true);
    expect(starts.has('07:15:00')).toBe(true);
  });

  it('writes --out whole, leaving no temp file, and refuses bad --days', () => {
    const vault = tempVault();
    const outDir = join(vault, 'calendar');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'followups.ics'), 'old');
    const r = followups(['ics', vault, '--today', '2026-11-25', '--out', join(outDir, 'followups.ics')]);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(join(outDir, 'followups.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(readdirSync(outDir)).toEqual(['followups.ics']);
    for (const days of ['--days=-1', '--days=ten', '--days=400']) {
      const bad = followups(['ics', vault, days]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--days should be a whole number from 0 to 366');
    }
    const missing = followups(['ics', vault, '--out', join(vault, 'no/such/dir/f.ics')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot write');
    expect(existsSync(join(vault, 'no'))).toBe(false);
  });
});
