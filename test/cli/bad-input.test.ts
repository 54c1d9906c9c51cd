import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { followups, snapshot, tempFiles, tempVault, useBuiltCli } from './cli-harness';

useBuiltCli();

const NOTES: Record<string, string> = {
  'No frontmatter.md': '# Just a note\nfollowup: active\n',
  'Malformed.md': '---\nfollowup: active\nname: Jane: Doe\n---\n',
  'Unknown status.md': '---\nfollowup: maybe\n---\n',
  'Bad date.md': '---\nfollowup: active\ncontacted: [2026-02-30]\n---\n',
  'Unclosed.md': '---\nfollowup: active\ncontacted: [2026-11-20]\n',
  'Good.md': '---\nfollowup: active\ncontacted: [2026-11-20 09:00]\n---\n',
};

function badVault(): string {
  const vault = tempVault(null);
  for (const [name, text] of Object.entries(NOTES)) writeFileSync(join(vault, name), text);
  mkdirSync(join(vault, 'Folder.md'));
  return vault;
}

/** Runs a command and proves that not one byte or mtime changed, and no temp file was left. */
function refused(vault: string, args: string[], code: 1 | 2): string {
  const before = snapshot(vault);
  const r = followups(args, { cwd: vault });
  expect(r.code).toBe(code);
  expect(r.stdout).toBe('');
  expect(snapshot(vault)).toEqual(before);
  expect(tempFiles(vault)).toEqual([]);
  return r.stderr;
}

describe('notes that cannot be used are never written (exit 1, one clear line)', () => {
  it.each([
    ['No frontmatter.md', 'No frontmatter.md: not a follow-up note: it has no frontmatter; add `followup: active` to start (the note was not changed)'],
    ['Malformed.md', 'Malformed.md: frontmatter: the frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings (line 3 of the note) (the note was not changed)'],
    ['Unknown status.md', 'Unknown status.md: followup: `followup` should be active, paused, replied or stopped (or true for active); found "maybe" (the note was not changed)'],
    ['Bad date.md', 'Bad date.md: contacted: `contacted` items should be dates like 2026-11-04 or 2026-11-04 09:10 (or ISO date-times); found "2026-02-30" (the note was not changed)'],
    ['Unclosed.md', 'Unclosed.md: frontmatter: the frontmatter starts with `---` but has no closing `---` line (the note was not changed)'],
  ])('%s', (name, message) => {
    const vault = badVault();
    for (const args of [['sent', name, '--at', '2026-11-25 10:00', '--force'], ['replied', name], ['pause', name], ['resume', name], ['snooze', name, '2099-12-01'], ['draft', name, '--append']]) {
      expect(refused(vault, args, 1)).toBe(`followups: ${message}\n`);
    }
  });

  // "They asked me to stop" must always be recordable: only the YAML itself can stop it.
  it.each(['Unknown status.md', 'Bad date.md'])('stop still works on %s and changes only `followup`', (name) => {
    const vault = badVault();
    const before = readFileSync(join(vault, name), 'utf8');
    const r = followups(['stop', name], { cwd: vault });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(readFileSync(join(vault, name), 'utf8')).toBe(before.replace(/^followup: .*$/m, 'followup: stopped'));
  });

  it.each(['Malformed.md', 'Unclosed.md'])('stop on %s (YAML that cannot be edited) says how to stop by hand', (name) => {
    const vault = badVault();
    const stderr = refused(vault, ['stop', name], 1);
    expect(stderr).toContain(`${name} could not be marked as stopped automatically`);
    expect(stderr).toContain('set `followup: stopped` in its frontmatter by hand');
  });

  it('check lists every problem with path, key and found value, exit 1', () => {
    const r = followups(['check', badVault()]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      expect.stringMatching(/^Bad date\.md: contacted: .*found "2026-02-30"$/),
      expect.stringMatching(/^Malformed\.md: frontmatter: the frontmatter is not valid YAML: /),
      expect.stringMatching(/^Unclosed\.md: frontmatter: /),
      expect.stringMatching(/^Unknown status\.md: followup: .*found "maybe"$/),
      '4 problems in 5 follow-up notes.',
      '',
    ]);
  });

  it('check exits 0 on a clean vault', () => {
    const vault = tempVault(null);
    writeFileSync(join(vault, 'Good.md'), NOTES['Good.md'] ?? '');
    expect(followups(['check', vault])).toEqual({ code: 0, stdout: 'No problems in 1 follow-up note.\n', stderr: '' });
  });
});

describe('bad usage (exit 2)', () => {
  it.each([
    [['agenda', '.', '--today', '2026-02-30'], 'followups: --today should be a date like 2026-11-25; got "2026-02-30"'],
    [['draft', 'Good.md', '--today', 'tomorrow'], 'followups: --today should be a date like 2026-11-25; got "tomorrow"'],
    [['sent', 'Good.md', '--at', '2026-11-25T10:00'], 'followups: sent: --at should be a local time like "2026-11-25 10:05", "yesterday 14:00" or a day like 2026-11-25; got "2026-11-25T10:00"'],
    [['snooze', 'Good.md', 'next week'], 'followups: snooze: the date should look like 2026-12-01, next-monday or +2w; got "next week"'],
    [['agenda', '.', '--verbose'], "followups: agenda: Unknown option '--verbose'"],
    [['sent'], 'followups: sent: missing argument'],
    [['snooze', 'Good.md'], 'followups: snooze: missing argument'],
    [['agenda', '.', 'Good.md'], 'followups: agenda: unexpected argument "Good.md"'],
    [['tone', '--lang', 'de'], 'followups: tone: --lang should be en or sv; got "de"'],
    [['remind', 'Good.md'], 'followups: unknown command "remind"'],
    [[], 'followups: missing command'],
  ])('%j', (args, first) => {
    const stderr = refused(badVault(), args, 2);
    expect(stderr.split('\n')[0]).toBe(first);
    expect(stderr).toMatch(/\nusage: followups /);
  });
});

describe('paths that are not there (exit 2)', () => {
  it.each([
    [['sent', 'Missing.md'], 'followups: no such file: Missing.md\n'],
    [['draft', 'Folder.md'], 'followups: Folder.md is a folder; expected a note (a .md file)\n'],
    [['agenda', 'Nowhere'], 'followups: no such folder: Nowhere\n'],
    // Issue 12.13: an existing file is named as a file, not as a missing folder.
    [['check', 'Good.md'], 'followups: Good.md is a file; expected a vault (a folder of notes)\n'],
    [['agenda', 'Good.md'], 'followups: Good.md is a file; expected a vault (a folder of notes)\n'],
  ])('%j', (args, message) => {
    expect(refused(badVault(), args, 2)).toBe(message);
  });
});

describe('help', () => {
  const SYNOPSES: Record<string, string> = {
    agenda: 'followups agenda [<vault>] [--today YYYY-MM-DD] [--context C] [--bucket B] [--json]',
    draft: 'followups draft <note> [--today YYYY-MM-DD] [--append [--dry-run]] [--json]',
    start: 'followups start <note>... [--context C] [--topic T] [--dry-run]',
    sent: 'followups sent <note>... [--at WHEN] [--force] [--dry-run]',
    replied: 'followups replied <note>... [--dry-run]',
    stop: 'followups stop <note>... [--dry-run]',
    pause: 'followups pause <note>... [--dry-run]',
    resume: 'followups resume <note>... [--dry-run]',
    snooze: 'followups snooze <note>... <when> [--dry-run]',
    check: 'followups check [<vault>]',
    tone: 'followups tone [<file>] [--lang en|sv] [--json]',
  };

  it('help for an unknown command is bad usage (exit 2); help for a known one exits 0', () => {
    const r = followups(['help', 'bogus']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('followups: help: unknown command "bogus"');
    const known = followups(['help', 'check']);
    expect([known.code, known.stderr]).toEqual([0, '']);
    expect(known.stdout).toContain('usage: followups check [<vault>]');
  });

  it('lists every command', () => {
    const r = followups(['--help']);
    expect(r.code).toBe(0);
    for (const name of Object.keys(SYNOPSES)) expect(r.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
  });

  it.each(Object.entries(SYNOPSES))('%s --help shows its synopsis and exits 0', (name, synopsis) => {
    for (const flag of ['--help', '-h']) {
      const r = followups([name, flag]);
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toContain(`usage: ${synopsis}\n`);
      expect(r.stdout).toContain('Exit status:');
    }
  });
});
