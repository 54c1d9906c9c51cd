import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, EXAMPLE_VAULT, followups, tempVault, useBuiltCli, ZONES } from './cli-harness';

useBuiltCli();

const ITEM_KEYS = ['path', 'name', 'context', 'topic', 'email', 'snooze', 'state', 'due', 'bucket', 'step', 'kind', 'slot', 'daysSinceLast', 'reintroduce', 'why', 'warnings'].sort();

interface Item {
  path: string;
  name: string;
  state: string;
  due: string | null;
  bucket: string | null;
  step: number | null;
  kind: string | null;
  slot: { date: string; part: string } | null;
  daysSinceLast: number | null;
  reintroduce: boolean;
}
interface AgendaJson {
  today: string;
  items: Item[];
  problems: { path: string; key: string; message: string }[];
}

const agendaJson = (vault: string, tz = 'UTC'): AgendaJson => {
  const r = followups(['agenda', vault, '--today', '2026-11-25', '--json'], { tz });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as AgendaJson;
};

describe('agenda --json on the example vault, 2026-11-25', () => {
  // Worked by hand from docs/design.md: last + gap, moved off the last weekday and weekends.
  const expected = [
    ['Jobs/Erik Lindqvist.md', 'scheduled', '2026-10-30', 'overdue', 1, 'follow-up', 'midday', 34, true],
    ['Jobs/Jane Doe.md', 'scheduled', '2026-11-19', 'overdue', 2, 'follow-up', 'midday', 14, false],
    ['Sales/Maria Santos.md', 'scheduled', '2026-11-25', 'today', 2, 'follow-up', 'afternoon', 8, false],
    ['Networking/Sofia Berg.md', 'scheduled', '2026-11-30', 'week', 1, 'follow-up', 'morning', 5, false],
    ['Networking/Sam Okafor.md', 'scheduled', '2026-12-07', 'later', 1, 'follow-up', 'morning', 13, false],
    ['Sales/Tom Becker.md', 'scheduled', '2026-12-09', 'later', 4, 'ask-to-stop', 'midday', 1, false],
    ['Jobs/Hannah Smith.md', 'replied', null, null, null, null, null, 21, false],
    ['Sales/Karin Ek.md', 'stopped', null, null, null, null, null, 36, false],
    ['Sales/Globex.md', 'paused', null, null, null, null, null, 23, false],
    ['Networking/Priya Natarajan.md', 'not-contacted', null, null, null, null, null, null, false],
  ];

  it.each(ZONES)('gives the same hand-computed plans in TZ=%s', (tz) => {
    const json = agendaJson(EXAMPLE_VAULT, tz);
    expect(Object.keys(json).sort()).toEqual(['items', 'problems', 'schemaVersion', 'today']);
    expect(json.today).toBe('2026-11-25');
    for (const item of json.items) expect(Object.keys(item).sort()).toEqual(ITEM_KEYS);
    const got = json.items.map((i) => [i.path, i.state, i.due, i.bucket, i.step, i.kind, i.slot?.part ?? null, i.daysSinceLast, i.reintroduce]);
    expect(got).toEqual(expected);
    // An overdue follow-up goes out today (Wed 25 Nov); the others on their due day.
    expect(json.items.every((i) => i.slot === null || i.slot.date === (i.bucket === 'overdue' ? '2026-11-25' : i.due))).toBe(true);
    expect(json.problems).toHaveLength(1);
    expect(Object.keys(json.problems[0] ?? {}).sort()).toEqual(['key', 'message', 'path']);
    expect(json.problems[0]).toMatchObject({ path: 'Jobs/Oskar Holm.md', key: 'contacted' });
    expect(json.problems[0]?.message).toContain('"2026-11-31 09:00"');
  });

  it('reads a date-time with seconds as local wall time in every zone (not as UTC)', () => {
    const vault = tempVault(null);
    writeFileSync(join(vault, 'Late.md'), '---\nfollowup: active\ncontacted: 2026-11-18 23:30:00\n---\n');
    const plans = ZONES.map((tz) => agendaJson(vault, tz).items[0]);
    for (const p of plans) expect(p).toMatchObject({ due: '2026-11-26', daysSinceLast: 7, slot: { date: '2026-11-26', part: 'morning' } });
  });
});

describe('agenda as text', () => {
  it('groups by bucket in the sidebar order, aligned, without colour when piped', () => {
    const r = followups(['agenda', EXAMPLE_VAULT, '--today', '2026-11-25']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b[');
    const titles = r.stdout.split('\n').filter((l) => /^\S.*\(\d+\)$/.test(l));
    expect(titles).toEqual(['Overdue (2)', 'Today (1)', 'This week (1)', 'Later (2)', 'Not contacted (1)', 'Paused, replied or stopped (3)', 'Problems (1)']);
    expect(r.stdout.split('\n')[0]).toBe('Follow-ups for Wed 25 Nov 2026 — 2 overdue, 1 today, 1 this week, 1 problem');
    const rows = r.stdout.split('\n').filter((l) => /^ {2}\S/.test(l) && l.includes('send '));
    expect(rows).toHaveLength(6);
    // Aligned: the due column starts at the same place on every row.
    expect(new Set(rows.map((l) => l.search(/(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d/))).size).toBe(1);
    expect(r.stdout).toContain('Jane Doe');
    expect(r.stdout).toContain('Thu 19 Nov (6 days ago)');
  });

  // util-linux `script` gives the CLI a real terminal as stdout.
  const inTerminal = (env: Record<string, string>): string =>
    spawnSync('script', ['-qec', `node "${CLI}" agenda "${EXAMPLE_VAULT}" --today 2026-11-25`, '/dev/null'], {
      env: { ...process.env, TZ: 'UTC', NO_COLOR: '', ...env },
      encoding: 'utf8',
    }).stdout;

  it.skipIf(!existsSync('/usr/bin/script'))('is coloured on a terminal, unless NO_COLOR is set', () => {
    const coloured = inTerminal({});
    expect(coloured).toContain('\u001b[31m\u001b[1mOverdue (2)');
    const plain = inTerminal({ NO_COLOR: '1' });
    expect(plain).toContain('Overdue (2)');
    expect(plain).not.toContain('\u001b[');
  });

  it('says so when a folder has no follow-up notes', () => {
    const r = followups(['agenda', tempVault(null), '--today', '2026-11-25']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No follow-up notes here yet');
  });
});

describe('which notes count', () => {
  it('skips .obsidian, .git, .trash and node_modules, survives a symlink loop, and reads only notes with followup', () => {
    const vault = tempVault();
    const note = '---\nfollowup: active\ncontacted: [2026-11-20]\n---\n';
    for (const dir of ['.trash', '.git', 'node_modules/pkg', '.obsidian']) {
      mkdirSync(join(vault, dir), { recursive: true });
      writeFileSync(join(vault, dir, 'Hidden.md'), note);
    }
    symlinkSync('..', join(vault, 'Jobs', 'loop'), 'dir');
    writeFileSync(join(vault, 'Plain.md'), '---\ntitle: not a contact\nfollowups: 3\n---\nfollowup: active\n');
    const json = agendaJson(vault);
    expect(json.items.map((i) => i.path).filter((p) => p.includes('Hidden') || p.includes('Plain'))).toEqual([]);
    expect(json.items).toHaveLength(10);
  });

  it('follows a symlinked folder inside the vault once, under its own name', () => {
    const vault = tempVault(null);
    mkdirSync(join(vault, 'Real'));
    writeFileSync(join(vault, 'Real/Linked.md'), '---\nfollowup: active\n---\n');
    symlinkSync(join(vault, 'Real'), join(vault, 'People'), 'dir');
    symlinkSync(join(vault, 'Real'), join(vault, 'Again'), 'dir');
    const json = agendaJson(vault);
    expect(json.items.map((i) => i.path)).toEqual(['Again/Linked.md']);
  });

  it('does not follow a symlinked folder that leads out of the vault (issue 12 item 8)', () => {
    const vault = tempVault(null);
    const outside = tempVault(null);
    writeFileSync(join(outside, 'Linked.md'), '---\nfollowup: active\n---\n');
    symlinkSync(outside, join(vault, 'People'), 'dir');
    symlinkSync('/', join(vault, 'Disk'), 'dir');
    expect(agendaJson(vault)).toMatchObject({ items: [], problems: [] });
  });

  it('reads the frontmatter of a note far longer than the head it reads first', () => {
    const vault = tempVault(null);
    const padding = Array.from({ length: 2000 }, (_, i) => `k${i}: ${'x'.repeat(10)}`).join('\n');
    writeFileSync(join(vault, 'Long.md'), `---\n${padding}\nfollowup: paused\n---\n`);
    expect(agendaJson(vault).items.map((i) => i.state)).toEqual(['paused']);
  });

  it('keeps to the contacts folder from .followups.json, which wins over the plugin data.json', () => {
    const vault = tempVault();
    writeFileSync(join(vault, '.followups.json'), JSON.stringify({ contactsFolder: 'Sales', minGapDays: 14 }));
    const json = agendaJson(vault);
    expect(json.items.map((i) => i.path)).toEqual(['Sales/Maria Santos.md', 'Sales/Tom Becker.md', 'Sales/Karin Ek.md', 'Sales/Globex.md']);
    expect(json.problems).toEqual([]);
    // minGapDays 14 raised Maria's 1-week gap: 17 Nov + 14 days = Tue 1 Dec, then off Tuesday.
    expect(json.items[0]?.due).toBe('2026-12-02');
  });

  it('refuses unreadable settings and a contacts folder that is not there (exit 1)', () => {
    const vault = tempVault();
    writeFileSync(join(vault, '.followups.json'), '{ "contactsFolder": ');
    let r = followups(['agenda', vault, '--today', '2026-11-25']);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toMatch(/^followups: .*\.followups\.json: settings are not valid JSON/);
    writeFileSync(join(vault, '.followups.json'), '{ "contactsFolder": "Clients" }');
    r = followups(['agenda', vault]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the contacts folder "Clients"');
    rmSync(join(vault, '.followups.json'));
    expect(followups(['agenda', vault]).code).toBe(0);
  });
});
