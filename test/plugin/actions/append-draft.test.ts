import { describe, expect, it, vi } from 'vitest';
import { appendDraft } from '../../../src/plugin/actions';
import { JANE, PROBLEM, STOPPED } from '../support/notes';
import { createTestContext } from '../support/test-context';
import { captureUi } from '../support/ui';

const { notices } = captureUi();

const HEADING_TODAY = '### Draft — follow-up 2 — 2026-11-25 (Wed midday)';

const TEMPLATE = `---
tags: [template]
---
Subject: About {{topic}}

Hi {{firstName}}, a custom nudge about {{topic}}. {{hook}}

---
Subject: Still keen on {{topic}}

Hello {{firstName}}, the other custom wording. {{hook}}
`;

describe('appendDraft', () => {
  it('appends the overdue draft dated today under a new Follow-ups section, frontmatter untouched', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    expect(await appendDraft(t.ctx, t.file('Jane.md'), { open: false })).toBe(true);
    const text = await t.read('Jane.md');
    expect(text.startsWith(`${JANE}\n## Follow-ups\n\n${HEADING_TODAY}\n**Subject:** `)).toBe(true);
    expect(text).toContain('Jane');
    expect(notices).toEqual([expect.stringContaining(HEADING_TODAY.slice(4))]);
  });

  it('does not add the same step twice on the same day', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    await appendDraft(t.ctx, t.file('Jane.md'), { open: false });
    const once = await t.read('Jane.md');
    expect(await appendDraft(t.ctx, t.file('Jane.md'), { open: false })).toBe(true);
    expect(await t.read('Jane.md')).toBe(once);
    expect(notices[1]).toMatch(/^That draft is already in the note .*nothing changed/);
  });

  it('dates a future slot by the slot, not today', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE }, now: new Date(2026, 10, 12, 9, 0) });
    await appendDraft(t.ctx, t.file('Jane.md'), { open: false });
    expect(await t.read('Jane.md')).toContain('### Draft — follow-up 2 — 2026-11-19 (Thu midday)\n');
  });

  it('uses the wording from the templates folder', async () => {
    const t = createTestContext({
      files: { 'Jane.md': JANE, 'Templates/job-follow-up.md': TEMPLATE, 'Templates/Sub/job-follow-up.md': 'Subject: ignored\n\nNot this one.' },
      settings: { templatesFolder: 'Templates' },
    });
    await appendDraft(t.ctx, t.file('Jane.md'), { open: false });
    expect(await t.read('Jane.md')).toMatch(/\*\*Subject:\*\* (About|Still keen on) the product designer role\n\nH(i|ello) Jane, (a custom nudge|the other custom wording)/);
  });

  it('lists template variants that cannot be used, and still drafts', async () => {
    const broken = 'Subject: Hi {{nmae}}\n\nHello {{nmae}}\n';
    const t = createTestContext({ files: { 'Jane.md': JANE, 'T/job-follow-up.md': broken }, settings: { templatesFolder: 'T' } });
    expect(await appendDraft(t.ctx, t.file('Jane.md'), { open: false })).toBe(true);
    expect(notices[0]).toMatch(/^Some draft templates were skipped:\njob-follow-up\.md: Variant 1 uses an unknown placeholder \{\{nmae\}\}/);
  });

  it('opens the note at the draft heading when asked', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    const leaf = t.app.workspace.getLeaf(false);
    const open = vi.spyOn(leaf, 'openFile');
    vi.spyOn(t.app.workspace, 'getLeaf').mockReturnValue(leaf);
    await appendDraft(t.ctx, t.file('Jane.md'), { open: true });
    expect(open).toHaveBeenCalledWith(t.file('Jane.md'), { eState: { line: 14 } });
    expect((await t.read('Jane.md')).split('\n')[14]).toBe(HEADING_TODAY);
  });

  it.each([
    ['stopped', STOPPED, /^Sam Stone asked you to stop/],
    ['replied', JANE.replace('followup: active', 'followup: replied'), /^Jane Doe replied/],
    ['paused', JANE.replace('followup: active', 'followup: paused'), /^Following up with Jane Doe is paused/],
    ['not contacted', '---\nfollowup: active\nname: Nia New\n---\n', /^No message to Nia New is logged yet/],
  ])('gives a %s contact the core\'s Notice instead of a draft', async (_state, note, message) => {
    const t = createTestContext({ files: { 'C.md': note } });
    expect(await appendDraft(t.ctx, t.file('C.md'), { open: false })).toBe(false);
    expect(await t.read('C.md')).toBe(note);
    expect(notices).toEqual([expect.stringMatching(message)]);
  });

  it('refuses a note with problems', async () => {
    const t = createTestContext({ files: { 'Bad.md': PROBLEM } });
    expect(await appendDraft(t.ctx, t.file('Bad.md'), { open: false })).toBe(false);
    expect(await t.read('Bad.md')).toBe(PROBLEM);
  });
});
