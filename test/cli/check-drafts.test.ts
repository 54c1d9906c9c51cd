/** `followups check` also reports hooks and template notes that drafts would have to leave out. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { followups, tempVault, useBuiltCli } from './cli-harness';

useBuiltCli();

describe('check: hooks and templates', () => {
  it('lists a hook and a template variant with unknown placeholders, exit 1', () => {
    const vault = tempVault(null);
    writeFileSync(join(vault, '.followups.json'), JSON.stringify({ templatesFolder: 'Templates' }));
    writeFileSync(join(vault, 'Ann.md'), '---\nfollowup: active\ncontacted: [2026-11-04]\nhooks:\n  - "Loved your talk, {{firstName}}."\n  - "Hi {{nmae}}"\n---\n');
    mkdirSync(join(vault, 'Templates'));
    writeFileSync(join(vault, 'Templates', 'job-follow-up.md'), 'Subject: Hi\nHi {{firstname}},\n{{hook}}\n---\nSubject: Two\nHello,\n{{hook}}\n');
    writeFileSync(join(vault, 'Templates', 'notes.md'), '{{whatever}}');
    const r = followups(['check', vault]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      expect.stringMatching(/^Ann\.md: hooks: hook 2 uses an unknown placeholder \{\{nmae\}\}, so drafts leave it out\./),
      expect.stringMatching(/^Templates\/job-follow-up\.md: variant 1: Variant 1 uses an unknown placeholder \{\{firstname\}\}\. Did you mean \{\{firstName\}\}\?$/),
      expect.stringMatching(/^2 problems in \d+ follow-up notes?\.$/),
      '',
    ]);
  });
});
