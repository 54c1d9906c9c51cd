import { describe, expect, it } from 'vitest';
import { startFollowingUp } from '../../../src/plugin/actions';
import { clickButton } from '../support/modals';
import { settle } from '../support/settle';
import { JANE, PLAIN } from '../support/notes';
import { createTestContext } from '../support/test-context';
import { captureUi } from '../support/ui';

const { notices, modals } = captureUi();

function fill(context: string, topic: string): void {
  const el = modals.last().contentEl;
  const select = el.querySelector('select');
  const input = el.querySelector('input');
  if (!select || !input) throw new Error('form fields missing');
  select.value = context;
  input.value = topic;
}

describe('startFollowingUp', () => {
  it('adds frontmatter to a note without any, keeping the body byte for byte', async () => {
    const t = createTestContext({ files: { 'Pat.md': PLAIN } });
    const done = startFollowingUp(t.ctx, t.file('Pat.md'));
    await settle();
    fill('sales', 'the Q1 pilot');
    clickButton(modals.last(), 'Start following up');
    expect(await done).toBe(true);
    const text = await t.read('Pat.md');
    expect(text.endsWith(`---\n${PLAIN}`)).toBe(true);
    expect(text).toMatch(/^---\nfollowup: active\ncontacted: \[2026-11-25T10:05\]\ncontext: sales\ntopic: the Q1 pilot\n---\n/);
    expect(notices).toEqual([expect.stringMatching(/^Following up with "Pat"/)]);
  });

  it('keeps existing keys and comments, and leaves out an empty topic and "other" context', async () => {
    const note = '---\n# about Lee\nname: Lee   # the CTO\ncontext: investor\n---\nBody\n';
    const t = createTestContext({ files: { 'Lee.md': note } });
    const done = startFollowingUp(t.ctx, t.file('Lee.md'));
    await settle();
    fill('', '');
    clickButton(modals.last(), 'Start following up');
    expect(await done).toBe(true);
    expect(await t.read('Lee.md')).toBe('---\n# about Lee\nname: Lee   # the CTO\ncontext: investor\nfollowup: active\ncontacted: [2026-11-25T10:05]\n---\nBody\n');
  });

  it('writes nothing when the form is cancelled', async () => {
    const t = createTestContext({ files: { 'Pat.md': PLAIN } });
    const done = startFollowingUp(t.ctx, t.file('Pat.md'));
    await settle();
    clickButton(modals.last(), 'Cancel');
    expect(await done).toBe(false);
    expect(await t.read('Pat.md')).toBe(PLAIN);
  });

  it('refuses, on the note\'s text, a note that is already a contact, after the form', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    const done = startFollowingUp(t.ctx, t.file('Jane.md'));
    await settle();
    clickButton(modals.last(), 'Start following up');
    expect(await done).toBe(false);
    expect(await t.read('Jane.md')).toBe(JANE);
    expect(notices).toEqual(['Jane.md is already a follow-up note.']);
  });
});
