// The history opt-in as CLI users meet it: set in .followups.json, it moves the slot in the
// agenda, the draft, the calendar feed and the "Next:" line alike, once the vault has 20 replies.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { followups, tempVault, useBuiltCli } from './cli-harness';

useBuiltCli();

const TODAY = '2026-11-25';
const note = (state: string, contacted: string, extra = ''): string => `---\nfollowup: ${state}\ncontext: sales\ncontacted:\n  - ${contacted}\n${extra}---\n`;

/** `replies` afternoon messages that got answers, 40 morning ones that did not, and Lena, due today. */
function vault(replies: number, settings: Record<string, unknown> | null): { root: string; env: { XDG_CACHE_HOME: string } } {
  const root = tempVault(null);
  mkdirSync(join(root, 'People'));
  for (let i = 0; i < replies; i++) writeFileSync(join(root, `People/Replied ${i}.md`), note('replied', '2026-10-05 15:00', 'replied: 2026-10-06\n'));
  for (let i = 0; i < 40; i++) writeFileSync(join(root, `People/Quiet ${i}.md`), note('paused', '2026-10-05 09:00'));
  // Last message Monday 16 Nov at midday: due Tue 24 Nov, so overdue and sent today (Wed 25 Nov).
  writeFileSync(join(root, 'People/Lead.md'), '---\nfollowup: active\nname: Lena Lead\ncontext: sales\ncontacted:\n  - 2026-11-16 12:00\n---\n');
  if (settings !== null) writeFileSync(join(root, '.followups.json'), JSON.stringify(settings));
  return { root, env: { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'followups-cache-')) } };
}

interface Item {
  name: string;
  slot: { date: string; part: string } | null;
  due: string | null;
  why: string;
}
function lead(root: string, env: Record<string, string>): Item {
  const r = followups(['agenda', root, '--today', TODAY, '--json'], { env });
  expect(r.stderr).toBe('');
  const item = (JSON.parse(r.stdout) as { items: Item[] }).items.find((i) => i.name === 'Lena Lead');
  if (!item) throw new Error('Lena is not in the agenda');
  return item;
}
const draftHead = (root: string, env: Record<string, string>): string => followups(['draft', join(root, 'People/Lead.md'), '--today', TODAY], { env }).stdout.split('\n')[0] ?? '';

describe('suggestions from your own history in the CLI', () => {
  it('reads the opt-in from .followups.json; agenda, draft, calendar and Next line agree on the lean', () => {
    const { root, env } = vault(20, { suggestFromHistory: true });
    const item = lead(root, env);
    expect(item.slot).toEqual({ date: TODAY, part: 'afternoon' });
    expect(item.why).toContain('; afternoon rather than morning: afternoons got replies (20 of 20) where mornings got none (0 of 40) for your sales contacts');
    // The cached second run says the same.
    expect(lead(root, env)).toEqual(item);
    expect(draftHead(root, env)).toBe('Follow-up 1 of 3 to Lena Lead: send Wed 25 Nov, afternoon (due Tue 24 Nov)');

    const appended = followups(['draft', join(root, 'People/Lead.md'), '--today', TODAY, '--append'], { env });
    expect(appended.code).toBe(0);
    expect(readFileSync(join(root, 'People/Lead.md'), 'utf8')).toContain('### Draft — follow-up 1 — 2026-11-25 (Wed afternoon)\n');

    const ics = followups(['ics', root, '--today', TODAY], { env }).stdout;
    expect(ics).toContain('DTSTART:20261125T150000');

    const sent = followups(['sent', join(root, 'People/Lead.md'), '--at', `${TODAY} 15:05`], { env });
    expect(sent.stdout).toBe('Logged follow-up 1 to Lena Lead at 2026-11-25 15:05. Next: follow-up 2 of 3 due Thu 3 Dec.\n');
    // Rule 5 holds over the lean: just sent in the afternoon, so not the afternoon again.
    expect(lead(root, env)).toMatchObject({ due: '2026-12-03', slot: { date: '2026-12-03', part: 'morning' } });
  });

  it('keeps the rules\' slot with the opt-in off, and below 20 replies; a 20th reply anywhere moves it', () => {
    const off = vault(20, null);
    expect(lead(off.root, off.env).slot?.part).toBe('morning');
    expect(draftHead(off.root, off.env)).toBe('Follow-up 1 of 3 to Lena Lead: send Wed 25 Nov, morning (due Tue 24 Nov)');

    const few = vault(19, { suggestFromHistory: true });
    const before = lead(few.root, few.env);
    expect(before.slot?.part).toBe('morning');
    expect(before.why).not.toContain('rather than');
    writeFileSync(join(few.root, 'People/Replied 19.md'), note('replied', '2026-10-05 15:00', 'replied: 2026-10-06\n'));
    expect(lead(few.root, few.env).slot?.part).toBe('afternoon');
    expect(draftHead(few.root, few.env)).toBe('Follow-up 1 of 3 to Lena Lead: send Wed 25 Nov, afternoon (due Tue 24 Nov)');
  });

  it('names a bad value of the opt-in', () => {
    const { root, env } = vault(20, { suggestFromHistory: 'yes' });
    const r = followups(['check', root], { env });
    expect(r.stdout).toContain('.followups.json: suggestFromHistory: `suggestFromHistory` should be true or false; found "yes" (the default false is used)');
    expect(lead(root, env).slot?.part).toBe('morning');
  });
});
