// `followups stats` on a generated history written as real notes: the JSON equals the
// generator's tallies, and the table shows counts, with no percentage below the minimum.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FollowUpStats } from '../../src/core/stats/follow-up-stats';
import { generateHistory } from '../core/stats/history-generator';
import { followups, tempVault, useBuiltCli } from './cli-harness';

useBuiltCli();

describe('followups stats', () => {
  const history = generateHistory(120, 7);
  const vault = tempVault(null);
  for (const { path, text } of history.notes) {
    mkdirSync(dirname(join(vault, path)), { recursive: true });
    writeFileSync(join(vault, path), text);
  }

  it('--json equals the generator', () => {
    const r = followups(['stats', vault, '--json']);
    expect(r.stderr).toBe('');
    const s = JSON.parse(r.stdout) as FollowUpStats;
    expect(s.sent).toBe(history.truth.length);
    expect(s.replies).toBe(history.truth.filter((m) => m.answered).length);
    const first = history.truth.filter((m) => m.attempt === '1st message');
    expect(s.byAttempt[0]).toEqual({
      key: 'first', label: '1st message', sent: first.length, replies: first.filter((m) => m.answered).length,
      rate: first.filter((m) => m.answered).length / first.length,
    });
    expect(s.afterAskToStop).toEqual({ asked: history.asked, answered: history.answeredAfterAsking });
  });

  it('prints a table with counts, and no percentage for a small sample', () => {
    const small = tempVault(null);
    writeFileSync(join(small, 'A.md'), '---\nfollowup: replied\ncontext: sales\ncontacted: [2026-11-02 09:00]\nreplied: 2026-11-04\n---\n');
    writeFileSync(join(small, 'B.md'), '---\nfollowup: active\ncontext: sales\ncontacted: [2026-11-03 15:00]\n---\n');
    const r = followups(['stats', small]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 contacts, 2 messages, 1 reply.');
    expect(r.stdout).toMatch(/1st message {2}1 of 2\n/);
    expect(r.stdout).not.toContain('%)');
    expect(r.stdout).toContain('median 2 days over 1 reply');
    const empty = followups(['stats', tempVault(null)]);
    expect(empty.stdout).toContain('No messages logged yet');
  });
});
