import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_VAULT, followups, snapshot, tempFiles, tempVault, useBuiltCli, ZONES } from './cli-harness';

useBuiltCli();

const TODAY = ['--today', '2026-11-25'];

describe('draft', () => {
  it.each(ZONES)('prints the due draft as JSON with exactly its keys (TZ=%s)', (tz) => {
    const r = followups(['draft', join(EXAMPLE_VAULT, 'Jobs/Jane Doe.md'), ...TODAY, '--json'], { tz });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(['body', 'kind', 'language', 'step', 'subject']);
    expect(json).toMatchObject({ kind: 'follow-up', step: 2, language: 'en' });
    expect(json.body).toContain('Jane');
    expect(json.body).toContain('Alex Morgan'); // myName from the plugin's data.json
  });

  it('writes Swedish for a Swedish contact, and the ask-to-stop draft on step askAfter + 1', () => {
    const sv = JSON.parse(followups(['draft', join(EXAMPLE_VAULT, 'Jobs/Erik Lindqvist.md'), ...TODAY, '--json']).stdout) as Record<string, unknown>;
    expect(sv).toMatchObject({ language: 'sv', kind: 'follow-up', step: 1 });
    const ask = JSON.parse(followups(['draft', join(EXAMPLE_VAULT, 'Sales/Tom Becker.md'), ...TODAY, '--json']).stdout) as Record<string, unknown>;
    expect(ask).toMatchObject({ kind: 'ask-to-stop', step: 4 });
  });

  it('uses the user template from the templates folder', () => {
    const r = followups(['draft', join(EXAMPLE_VAULT, 'Networking/Sam Okafor.md'), ...TODAY, '--json']);
    const subject = (JSON.parse(r.stdout) as { subject: string }).subject;
    expect(['Still keen to hear about the open-source accessibility toolkit', 'A small idea about the open-source accessibility toolkit']).toContain(subject);
  });

  it('prints a readable draft with when to send it', () => {
    const r = followups(['draft', join(EXAMPLE_VAULT, 'Jobs/Jane Doe.md'), ...TODAY]);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Follow-up 2 of 3 to Jane Doe: send Wed 25 Nov, midday (due Thu 19 Nov)',
      'To: jane.doe@brightside.example',
      expect.stringMatching(/^Subject: \S/),
    ]);
  });

  it.each([
    ['Sales/Karin Ek.md', 'Karin Ek asked you to stop, so there is no follow-up to write.'],
    ['Jobs/Hannah Smith.md', 'Hannah Smith replied: answer them in your own words.'],
    ['Sales/Globex.md', 'Following up with Per Andersson is paused, so no follow-up is due'],
    ['Networking/Priya Natarajan.md', 'No message to Priya Natarajan is logged yet'],
  ])('has no draft for %s: says why kindly, exit 1', (path, why) => {
    const vault = tempVault();
    const before = snapshot(vault);
    const r = followups(['draft', join(vault, path), ...TODAY, '--append']);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toContain(why);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(snapshot(vault)).toEqual(before);
  });
});

describe('draft --append', () => {
  it('appends under ## Follow-ups dated today when the slot is past, once per step and day', () => {
    const vault = tempVault();
    const note = join(vault, 'Jobs/Jane Doe.md');
    const original = readFileSync(note, 'utf8');
    const r = followups(['draft', note, ...TODAY, '--append']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('Draft added under "## Follow-ups": Draft — follow-up 2 — 2026-11-25 (Wed midday).');
    const after = readFileSync(note, 'utf8');
    expect(after.startsWith(original)).toBe(true);
    const added = after.slice(original.length);
    expect(added).toMatch(/^\n## Follow-ups\n\n### Draft — follow-up 2 — 2026-11-25 \(Wed midday\)\n\*\*Subject:\*\* \S.*\n\nHi Jane,\n/);

    const before = snapshot(vault);
    const again = followups(['draft', note, ...TODAY, '--append', '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ step: 2 });
    expect(again.stderr).toBe('That draft is already in the note (Draft — follow-up 2 — 2026-11-25 (Wed midday)); nothing changed.\n');
    expect(snapshot(vault)).toEqual(before);
    expect(tempFiles(vault)).toEqual([]);
  });

  it.each(ZONES)('dates a future slot by the slot, not by today (TZ=%s)', (tz) => {
    const vault = tempVault();
    const note = join(vault, 'Networking/Sam Okafor.md');
    expect(followups(['draft', note, ...TODAY, '--append'], { tz }).code).toBe(0);
    expect(readFileSync(note, 'utf8')).toContain('\n### Draft — follow-up 1 — 2026-12-07 (Mon morning)\n');
  });
});
