import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { followups, tempVault, useBuiltCli } from './cli-harness';

useBuiltCli();

describe('temp files left by a killed write', () => {
  it('are removed by the next write to that note when their process is gone, and only then', () => {
    const vault = tempVault();
    const note = join(vault, 'Jobs', 'Jane Doe.md');
    // 2^22 + 1 is above Linux's largest pid, so no process has it.
    const stale = join(vault, 'Jobs', `.Jane Doe.md.${2 ** 22 + 1}-0123456789ab.tmp`);
    const live = join(vault, 'Jobs', `.Jane Doe.md.${process.pid}-0123456789ab.tmp`);
    const other = join(vault, 'Jobs', `.Erik Lindqvist.md.${2 ** 22 + 1}-0123456789ab.tmp`);
    for (const f of [stale, live, other]) writeFileSync(f, 'half a note');

    const r = followups(['snooze', note, '2099-12-14']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true); // a write still in progress elsewhere
    expect(existsSync(other)).toBe(true); // another note's: left to that note's next write
  });
});
