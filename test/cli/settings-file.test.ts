// Issue 12.10 and 12.8: a settings file the tool cannot fully use is reported like a note
// problem (file, key, value, what was expected) by every command; a BOM is fine; a folder
// setting that leads outside the vault is a problem and nothing outside is read.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { followups, snapshot, tempVault, useBuiltCli } from './cli-harness';

useBuiltCli();

interface AgendaJson {
  items: { path: string }[];
  problems: { path: string; key: string; message: string }[];
}

const NOTE = '---\nfollowup: active\ncontacted: [2026-11-18 09:00]\n---\n';

function vaultWith(settings: string): string {
  const vault = tempVault(null);
  writeFileSync(join(vault, '.followups.json'), settings);
  mkdirSync(join(vault, 'People'));
  writeFileSync(join(vault, 'People/Jane.md'), NOTE);
  return vault;
}

const BAD = JSON.stringify({ askAfter: 'two', cadence: '2w, soon', askAftr: 2 });

describe('settings problems', () => {
  it('agenda lists them among the problems, by file and key, and still shows the agenda', () => {
    const r = followups(['agenda', vaultWith(BAD), '--today', '2026-11-25', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as AgendaJson;
    expect(json.problems.map((p) => [p.path, p.key])).toEqual([
      ['.followups.json', 'cadence'],
      ['.followups.json', 'askAfter'],
      ['.followups.json', 'askAftr'],
    ]);
    expect(json.problems[1]?.message).toBe('`askAfter` should be a whole number from 0 to 50; found "two" (the default 3 is used)');
    expect(json.items.map((i) => i.path)).toEqual(['People/Jane.md']);
    const text = followups(['agenda', vaultWith(BAD), '--today', '2026-11-25']);
    expect(text.stdout).toContain('.followups.json: askAftr: `askAftr` is not a setting (did you mean `askAfter`?)');
  });

  it('check lists them and exits 1', () => {
    const r = followups(['check', vaultWith(BAD)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('.followups.json: askAfter: `askAfter` should be a whole number from 0 to 50; found "two"');
    expect(r.stdout).toContain('.followups.json: cadence: "soon" is not a gap');
  });

  it('commands on one note warn on stderr and go on with the defaults for those keys', () => {
    const vault = vaultWith(BAD);
    const r = followups(['draft', join(vault, 'People/Jane.md'), '--today', '2026-11-25']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('followups: .followups.json: askAfter: `askAfter` should be a whole number from 0 to 50');
    expect(r.stdout).toMatch(/^Follow-up 1 of 3 to Jane/);
  });

  it('accepts a byte order mark', () => {
    const vault = vaultWith(`\uFEFF${JSON.stringify({ contactsFolder: 'People', minGapDays: 14 })}`);
    const r = followups(['check', vault]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe('No problems in 1 follow-up note.\n');
  });
});

describe('the vault is the boundary', () => {
  it('a contacts folder outside the vault is a problem, and nothing outside is read', () => {
    const outer = tempVault(null);
    mkdirSync(join(outer, 'vault'));
    writeFileSync(join(outer, 'Outside.md'), NOTE);
    const vault = join(outer, 'vault');
    writeFileSync(join(vault, 'Inside.md'), NOTE);
    writeFileSync(join(vault, '.followups.json'), JSON.stringify({ contactsFolder: '../', templatesFolder: '../../etc' }));
    const before = snapshot(outer);
    const r = followups(['agenda', vault, '--today', '2026-11-25', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as AgendaJson;
    expect(json.items.map((i) => i.path)).toEqual(['Inside.md']);
    expect(json.problems.map((p) => [p.path, p.key])).toEqual([
      ['.followups.json', 'contactsFolder'],
      ['.followups.json', 'templatesFolder'],
    ]);
    expect(json.problems[0]?.message).toMatch(/should be a folder inside the vault.*found "\.\.\/" \(the whole vault is used\)$/);
    expect(snapshot(outer)).toEqual(before);
  });

  it('a symlinked folder that leads outside the vault is not walked; one inside it is', () => {
    const outer = tempVault(null);
    mkdirSync(join(outer, 'vault/People'), { recursive: true });
    mkdirSync(join(outer, 'elsewhere'));
    writeFileSync(join(outer, 'elsewhere/Stranger.md'), NOTE);
    const vault = join(outer, 'vault');
    writeFileSync(join(vault, 'People/Jane.md'), NOTE);
    symlinkSync(join(outer, 'elsewhere'), join(vault, 'Shared'));
    symlinkSync(join(vault, 'People'), join(vault, 'Also people'));
    const r = followups(['agenda', vault, '--today', '2026-11-25', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as AgendaJson;
    // Jane once (a folder is walked once, by whichever path reaches it first), the stranger never.
    expect(json.items.map((i) => i.path.replace(/^.*\//, ''))).toEqual(['Jane.md']);
    expect(r.stdout).not.toContain('Stranger');
    // Skipped without a problem: a deliberately linked folder would otherwise fail `check` forever
    // (docs/cli.md says links out of the vault are not followed).
    expect(json.problems).toEqual([]);
  });
});
