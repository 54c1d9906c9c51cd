// Issue 17: every write command takes several notes (each in its own lock, one line each, exit 1
// if any refused) and --dry-run (prints what would change, writes nothing); `start` makes a note
// a contact. All run the built CLI on copies of the example vault.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { followups, snapshot, tempVault, useBuiltCli } from './cli-harness';

useBuiltCli();

const JANE = 'Jobs/Jane Doe.md';
const SAM = 'Networking/Sam Okafor.md';

describe('--dry-run', () => {
  it.each([
    [['sent', JANE, '--force']],
    [['pause', JANE]],
    [['stop', JANE]],
    [['snooze', JANE, '+2w']],
    [['start', 'Welcome.md', '--context', 'job']],
    [['draft', JANE, '--append']],
  ])('%j shows what would change and writes nothing', (args) => {
    const vault = tempVault();
    const before = snapshot(vault);
    const r = followups([...args, '--dry-run'], { cwd: vault });
    expect(r.stderr.replace(/^followups: drafts are unsigned.*\n/m, '')).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/dry run, nothing was written: /);
    expect(r.stdout).toMatch(/^ {2}\+ /m);
    expect(snapshot(vault)).toEqual(before);
  });

  it('shows the exact lines that would change', () => {
    const vault = tempVault();
    const r = followups(['pause', JANE, '--dry-run'], { cwd: vault });
    expect(r.stdout).toContain('  at line 2:\n  - followup: active            # active | paused | replied | stopped\n  + followup: paused            # active | paused | replied | stopped\n');
    const real = followups(['pause', JANE], { cwd: vault });
    expect(real.code).toBe(0);
    expect(readFileSync(join(vault, JANE), 'utf8').split('\n')[1]).toBe('followup: paused            # active | paused | replied | stopped');
  });

  it('a refusal is the same refusal, exit 1', () => {
    const vault = tempVault();
    const r = followups(['sent', JANE, '--at', '2026-11-12 10:00', '--dry-run'], { cwd: vault });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/run again with --force/);
    expect(r.stdout).toBe('');
  });

  it('reply --dry-run reads the reply, says what it would log, and writes nothing', () => {
    const vault = tempVault();
    const before = snapshot(vault);
    const r = followups(['reply', JANE, '-', '--dry-run'], { cwd: vault, input: 'Thanks, that sounds great. Can we talk on Friday?\n' });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^dry run, nothing was written: /);
    expect(r.stdout).toMatch(/^ {2}\+ /m);
    expect(snapshot(vault)).toEqual(before);
  });

  it('draft --dry-run without --append is bad usage', () => {
    const vault = tempVault();
    expect(followups(['draft', JANE, '--dry-run'], { cwd: vault }).code).toBe(2);
  });
});

describe('several notes', () => {
  it('pauses each, one line each with its path', () => {
    const vault = tempVault();
    const r = followups(['pause', JANE, SAM], { cwd: vault });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Jobs\/Jane Doe\.md: /);
    expect(lines[1]).toMatch(/^Networking\/Sam Okafor\.md: /);
    for (const note of [JANE, SAM]) expect(readFileSync(join(vault, note), 'utf8')).toMatch(/^followup: paused/m);
    for (const note of [JANE, SAM]) expect(existsSync(join(vault, note.replace(/[^/]+$/, (f) => `.${f}.lock`)))).toBe(false);
  });

  it('one refused note does not stop the others, and the run exits 1', () => {
    const vault = tempVault();
    writeFileSync(join(vault, 'Broken.md'), '---\nfollowup: maybe\n---\n');
    const r = followups(['snooze', 'Broken.md', JANE, 'Missing.md', SAM, '+2w'], { cwd: vault });
    expect(r.code).toBe(2); // a missing file is bad usage, the worst status wins
    expect(r.stdout.trimEnd().split('\n').map((l) => l.split(':')[0])).toEqual([JANE, SAM]);
    expect(r.stderr).toMatch(/^followups: Broken\.md: /m);
    expect(r.stderr).toMatch(/^followups: Missing\.md: no such file/m);
    expect(readFileSync(join(vault, 'Broken.md'), 'utf8')).toBe('---\nfollowup: maybe\n---\n');
    for (const note of [JANE, SAM]) expect(readFileSync(join(vault, note), 'utf8')).toMatch(/^snooze: \d{4}-\d{2}-\d{2}\b/m);

    const refusedOnly = followups(['stop', 'Broken.md', JANE], { cwd: vault });
    expect(refusedOnly.code).toBe(0); // stop works even on a note with problems
    const sentTwice = followups(['sent', JANE, SAM, 'Broken.md'], { cwd: vault });
    expect(sentTwice.code).toBe(1);
  });
});

describe('start', () => {
  it('makes a plain note a contact with its context and topic, and refuses a contact', () => {
    const vault = tempVault();
    writeFileSync(join(vault, 'Lead.md'), '---\ntags: [x]\n---\nMet at the fair.\n');
    const r = followups(['start', 'Lead.md', '--context', 'sales', '--topic', 'the spring order'], { cwd: vault, tz: 'Pacific/Auckland' });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^Following up with "Lead"/);
    const text = readFileSync(join(vault, 'Lead.md'), 'utf8');
    expect(text).toMatch(/^followup: active$/m);
    expect(text).toMatch(/^context: sales$/m);
    expect(text).toMatch(/^topic: the spring order$/m);
    expect(text).toMatch(/^contacted: .*\d{4}-\d{2}-\d{2}.\d{2}:\d{2}/m);
    expect(text.endsWith('Met at the fair.\n')).toBe(true);
    const again = followups(['start', JANE], { cwd: vault });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already/);
  });
});
