// Issue 17: --version, colour switches, dates a person types, output that fits the terminal,
// the myName hint and the demo's last word. All run the built CLI.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { followups, REPO, tempVault, useBuiltCli } from './cli-harness';

useBuiltCli();

const JANE = 'Jobs/Jane Doe.md';
// eslint-disable-next-line no-control-regex -- looking for colour codes
const SGR = /\u001b\[\d+m/;
const TODAY = ['--today', '2026-11-25'];

/** The local day `n` days from now, in UTC (the zone these runs use). */
// The expected days are UTC days, so these runs of the CLI are in UTC too (CI runs the suite in several zones).
const utcDay = (n: number): string => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('--version', () => {
  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const r = followups([flag]);
      expect(r).toEqual({ code: 0, stdout: `followups ${version}\n`, stderr: '' });
    }
  });
});

describe('colour', () => {
  const vault = tempVault();
  const run = (args: string[], env: Record<string, string> = {}): string => followups(['agenda', vault, ...TODAY, ...args], { env }).stdout;

  it('is off in a pipe, on with --color or FORCE_COLOR, off again with --no-color or FORCE_COLOR=0', () => {
    expect(run([])).not.toMatch(SGR);
    expect(run(['--color'])).toMatch(SGR);
    expect(run([], { FORCE_COLOR: '1' })).toMatch(SGR);
    expect(run([], { FORCE_COLOR: '0' })).not.toMatch(SGR);
    expect(run(['--no-color'], { FORCE_COLOR: '1' })).not.toMatch(SGR);
    expect(run(['--color', '--no-color'])).not.toMatch(SGR);
    expect(run(['--no-color', '--color'])).toMatch(SGR);
    // FORCE_COLOR, like the flags, is asked for on purpose: it wins over NO_COLOR.
    expect(run([], { FORCE_COLOR: '1', NO_COLOR: '1' })).toMatch(SGR);
    expect(run(['--color'], { NO_COLOR: '1' })).toMatch(SGR);
  });

  it('never colours --json', () => {
    expect(run(['--json', '--color'])).not.toMatch(SGR);
  });
});

describe('dates a person types', () => {
  it('snooze next-monday, +2w and a date', () => {
    const vault = tempVault();
    const monday = (() => {
      const d = new Date();
      const ahead = (1 - d.getUTCDay() + 7) % 7 || 7;
      return utcDay(ahead);
    })();
    for (const [typed, day] of [['next-monday', monday], ['+2w', utcDay(14)], ['2099-12-24', '2099-12-24']] as const) {
      const r = followups(['snooze', JANE, typed], { cwd: vault, tz: 'UTC' });
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(readFileSync(join(vault, JANE), 'utf8')).toMatch(new RegExp(`^snooze: ${day}$`, 'm'));
    }
  });

  it('sent --at "yesterday 14:00" and a date alone', () => {
    const vault = tempVault();
    const r = followups(['sent', JANE, '--at', 'yesterday 14:00', '--force'], { cwd: vault, tz: 'UTC' });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(readFileSync(join(vault, JANE), 'utf8')).toMatch(new RegExp(`${utcDay(-1)}[ T]14:00`));
    const dayOnly = followups(['sent', 'Networking/Sofia Berg.md', '--at', utcDay(-2), '--force'], { cwd: vault, tz: 'UTC' });
    expect([dayOnly.code, dayOnly.stderr]).toEqual([0, '']);
    expect(readFileSync(join(vault, 'Networking/Sofia Berg.md'), 'utf8')).toMatch(new RegExp(`${utcDay(-2)}[ T]\\d{2}:\\d{2}`));
  });

  it('a day the clocks skip is still refused, typed or not', () => {
    const vault = tempVault();
    const r = followups(['sent', JANE, '--at', '2026-03-29 02:30', '--force'], { cwd: vault, tz: 'Europe/Stockholm' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/daylight saving/);
  });
});

describe('terminal width', () => {
  const widest = (text: string): number => Math.max(...text.split('\n').map((l) => [...l].length));

  it('no line of human output is over 80 columns when not a terminal', () => {
    const vault = tempVault();
    writeFileSync(join(vault, 'Jobs/A very long name that goes on and on and on for a while.md'), '---\nfollowup: active\ncontext: a-very-long-context-word\ncontacted: 2026-11-01 09:00\n---\n');
    writeFileSync(join(vault, 'Broken.md'), '---\nfollowup: maybe\ncadence: [1, 2, banana, "a very long explanation of something odd"]\n---\n');
    const runs = [
      followups(['agenda', vault, ...TODAY], { columns: 'default' }),
      followups(['check', vault], { columns: 'default' }),
      followups(['draft', join(vault, JANE), ...TODAY], { columns: 'default' }),
      followups(['sent', join(vault, JANE), '--at', '2026-11-12 10:00'], { columns: 'default' }),
    ];
    for (const r of runs) {
      expect(widest(r.stdout)).toBeLessThanOrEqual(80);
      expect(widest(r.stderr)).toBeLessThanOrEqual(80);
    }
    // Without fitting, the agenda has lines wider than 80 (so the check above can fail).
    expect(widest(followups(['agenda', vault, ...TODAY], { columns: 400 }).stdout)).toBeGreaterThan(80);
  });

  it('fits a narrower terminal too, and cuts table rows with an ellipsis', () => {
    const r = followups(['agenda', tempVault(), ...TODAY], { columns: 50 });
    expect(widest(r.stdout)).toBeLessThanOrEqual(50);
    expect(r.stdout).toContain('…');
  });
});

describe('first-run hints', () => {
  it('draft says how to set myName until it is set', () => {
    const vault = tempVault();
    // .followups.json comes before the plugin's data.json (which signs as Alex Morgan).
    writeFileSync(join(vault, '.followups.json'), '{}\n');
    const unsigned = followups(['draft', join(vault, JANE), ...TODAY]);
    expect(unsigned.code).toBe(0);
    expect(unsigned.stderr).toBe('followups: drafts are unsigned until you set your name: add {"myName": "Your Name"} to .followups.json in the vault.\n');
    writeFileSync(join(vault, '.followups.json'), '{ "myName": "Kim Lee" }\n');
    const signed = followups(['draft', join(vault, JANE), ...TODAY]);
    expect([signed.code, signed.stderr]).toEqual([0, '']);
    expect(signed.stdout).toContain('Kim Lee');
  });

  it('the demo ends by saying how to run followups on your own folder', () => {
    const { scripts } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const last = scripts.demo?.split('&&').at(-1) ?? '';
    const said = spawnSync('sh', ['-c', last], { encoding: 'utf8' });
    expect(said.status).toBe(0);
    expect(said.stdout.trimEnd().split('\n').at(-1)).toMatch(/^Try it on your own notes: followups agenda path\/to\/your\/vault .*npm install -g \./);
  });
});
