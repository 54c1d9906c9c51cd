import { describe, expect, it, vi } from 'vitest';
import { setFollowupState } from '../../../src/plugin/actions';
import { JANE, PROBLEM, STOPPED } from '../support/notes';
import { createTestContext } from '../support/test-context';
import { captureUi } from '../support/ui';

const { notices } = captureUi();

describe('setFollowupState', () => {
  it.each(['replied', 'paused', 'stopped'] as const)('sets %s in place, keeping the comment on the line', async (state) => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    expect(await setFollowupState(t.ctx, t.file('Jane.md'), state)).toBe(true);
    expect(await t.read('Jane.md')).toBe(JANE.replace('followup: active   #', `followup: ${state}   #`));
  });

  it('resumes a paused contact', async () => {
    const paused = JANE.replace('followup: active', 'followup: paused');
    const t = createTestContext({ files: { 'Jane.md': paused } });
    expect(await setFollowupState(t.ctx, t.file('Jane.md'), 'active')).toBe(true);
    expect(await t.read('Jane.md')).toBe(JANE);
    expect(notices).toEqual(['Following up with Jane Doe again.']);
  });

  it('never leaves stopped: it is final', async () => {
    const t = createTestContext({ files: { 'Sam.md': STOPPED } });
    for (const state of ['active', 'paused', 'replied'] as const) {
      expect(await setFollowupState(t.ctx, t.file('Sam.md'), state)).toBe(false);
    }
    expect(await t.read('Sam.md')).toBe(STOPPED);
    expect(notices[0]).toContain('Sam Stone asked you to stop, and that is final');
  });

  it('says so when the state is already set, and writes nothing', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    const modified = vi.fn();
    t.app.vault.on('modify', modified);
    expect(await setFollowupState(t.ctx, t.file('Jane.md'), 'active')).toBe(true);
    expect(modified).not.toHaveBeenCalled();
    expect(notices).toEqual(['Jane Doe is already active.']);
  });

  it('refuses a note with problems, naming the key', async () => {
    const t = createTestContext({ files: { 'Bad.md': PROBLEM } });
    expect(await setFollowupState(t.ctx, t.file('Bad.md'), 'replied')).toBe(false);
    expect(await t.read('Bad.md')).toBe(PROBLEM);
    expect(notices[0]).toMatch(/^Fix "Bad" first: contacted: .*last tuesday/);
  });
});
