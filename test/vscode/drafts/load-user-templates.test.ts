/** User draft templates in VS Code: read through workspace.fs, used by "Append polite draft", bad ones named and replaced by the built-ins. */
import { beforeEach, describe, expect, it } from 'vitest';
import * as vscode from 'vscode';
import { loadUserTemplates, templateWarning } from '../../../src/vscode/drafts/load-user-templates';
import { activateExtension } from '../activate-extension';
import { fake } from '../fake-vscode';
import { JANE } from '../notes';

const GOOD = `---
tags: [template]
---
Subject: Still keen on the {{topic|role}}

Hi {{firstName}},

I enjoyed our chat. {{hook}} Is there anything more I could send you?

Best, {{myName}}
---
Subject: A short note on the {{topic|role}}

Hello {{firstName}},

{{hook}} Happy to wait for your news.

{{myName}}
`;
const NO_SUBJECT = `Hi {{firstName}},\n\nJust checking in.\n`;
const TYPO = `Subject: Hello\n\nHi {{nmae}},\n\nAny news?\n`;

const root = (): vscode.Uri => vscode.workspace.workspaceFolders![0]!.uri;

beforeEach(() => {
  fake.reset();
  fake.writeFile('Jobs/Jane Doe.md', JANE, { silent: true });
});

describe('loadUserTemplates', () => {
  it('parses every template note of the folder (not other notes, not subfolders) with the core', async () => {
    fake.writeFile('Templates/job-follow-up.md', GOOD, { silent: true });
    fake.writeFile('Templates/sales-check-in.sv.md', GOOD.replace(/Subject:/g, 'Ämne:'), { silent: true });
    fake.writeFile('Templates/Ideas.md', GOOD, { silent: true });
    fake.writeFile('Templates/old/job-follow-up.md', NO_SUBJECT, { silent: true });
    const { templates, notices } = await loadUserTemplates(root(), '/Templates/');
    expect(notices).toEqual([]);
    expect(templates.map((t) => [t.context, t.kind, t.language, t.variants.length])).toEqual([
      ['job', 'follow-up', null, 2],
      ['sales', 'check-in', 'sv', 2],
    ]);
    expect(templates[0]!.variants[0]!.subject).toBe('Still keen on the {{topic|role}}');
  });

  it('names each unusable note by its path with what was expected, and keeps the good ones', async () => {
    fake.writeFile('Templates/job-follow-up.md', GOOD, { silent: true });
    fake.writeFile('Templates/sales-follow-up.md', NO_SUBJECT, { silent: true });
    fake.writeFile('Templates/networking-follow-up.md', TYPO, { silent: true });
    fake.writeFile('Templates/generic-follow-up.md', new Uint8Array([0x53, 0x75, 0x62, 0x6a, 0x3a, 0x20, 0xe9, 0x0a]), { silent: true });
    const { templates, notices } = await loadUserTemplates(root(), 'Templates');
    expect(templates.map((t) => t.context)).toEqual(['job']);
    expect(notices).toEqual([
      'Templates/generic-follow-up.md: is not UTF-8 text (expected a Markdown note)',
      'Templates/networking-follow-up.md: Variant 1 uses an unknown placeholder {{nmae}}. Known: {{name}}, {{firstName}}, {{topic}}, {{hook}}, {{myName}}, {{daysSince}}, {{weekday}}, {{later}}, {{weekWish}}.',
      'Templates/networking-follow-up.md: No usable variant: the built-in templates are used instead.',
      'Templates/sales-follow-up.md: Variant 1 does not start with a "Subject: …" line.',
      'Templates/sales-follow-up.md: No usable variant: the built-in templates are used instead.',
    ]);
  });

  it('says when the folder is missing, and reads nothing when no folder is set', async () => {
    expect(await loadUserTemplates(root(), 'Templates')).toEqual({
      templates: [],
      notices: ['templates folder "Templates" was not found (setting `templatesFolder`; expected a folder of the workspace)'],
    });
    expect(await loadUserTemplates(root(), '')).toEqual({ templates: [], notices: [] });
    expect(templateWarning([])).toBeNull();
  });
});

describe('"Append polite draft" with a templates folder', () => {
  const appendDraft = async (): Promise<string> => {
    await activateExtension();
    await fake.command('pleasantlyPersistent.appendDraft')(fake.uri('Jobs/Jane Doe.md'));
    return fake.readFile('Jobs/Jane Doe.md');
  };

  it("drafts with the user's wording", async () => {
    fake.configuration = { templatesFolder: 'Templates', myName: 'Alex' };
    fake.writeFile('Templates/job-follow-up.md', GOOD, { silent: true });
    const text = await appendDraft();
    expect(text.startsWith(JANE)).toBe(true);
    expect(text.slice(JANE.length)).toMatch(/^\*\*Subject:\*\* (Still keen on the role|A short note on the role)$/m);
    expect(fake.said.filter((s) => s.level === 'warning')).toEqual([]);
  });

  it('falls back to the built-in wording for a bad template, and says which note and why', async () => {
    fake.configuration = { templatesFolder: 'Templates' };
    fake.writeFile('Templates/job-follow-up.md', NO_SUBJECT, { silent: true });
    const text = await appendDraft();
    expect(text.length).toBeGreaterThan(JANE.length);
    expect(text).not.toContain('Just checking in.');
    expect(fake.said.find((s) => s.level === 'warning')?.message).toBe(
      'Some draft templates were not used, so the built-in wording fills in: Templates/job-follow-up.md: Variant 1 does not start with a "Subject: …" line.; Templates/job-follow-up.md: No usable variant: the built-in templates are used instead.',
    );
  });
});
