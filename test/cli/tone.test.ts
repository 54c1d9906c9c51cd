import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { followups, tempVault, useBuiltCli } from './cli-harness';

useBuiltCli();

describe('tone', () => {
  it('reads stdin, reports findings as JSON with exactly their keys, exit 1', () => {
    const r = followups(['tone', '--json'], { input: 'Hi Jane,\nYou haven’t answered my email.' });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { findings: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(['findings']);
    expect(json.findings.length).toBeGreaterThan(0);
    for (const f of json.findings) expect(Object.keys(f).sort()).toEqual(['index', 'phrase', 'suggestion', 'why']);
    expect(json.findings[0]).toMatchObject({ phrase: 'You haven’t answered', index: 9 });
  });

  it('points at line and column in a file, and passes kind text with exit 0', () => {
    const dir = tempVault(null);
    writeFileSync(join(dir, 'draft.txt'), 'Hej Anna,\n\nDu har inte svarat på mitt mejl.\n');
    const r = followups(['tone', join(dir, 'draft.txt'), '--lang', 'sv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^3:1 {2}"Du har inte svarat": /);
    const kind = followups(['tone', '--json'], { input: 'Hi Jane, I hope your week is going well.' });
    expect([kind.code, JSON.parse(kind.stdout)]).toEqual([0, { findings: [] }]);
    expect(followups(['tone'], { input: 'Thanks so much!' })).toEqual({ code: 0, stdout: 'No accusatory or pushy phrases found.\n', stderr: '' });
  });

  it('says which file it cannot read (exit 2)', () => {
    const r = followups(['tone', 'no-such-draft.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('followups: cannot read no-such-draft.txt: not found (a broken link?)\n');
  });
});
