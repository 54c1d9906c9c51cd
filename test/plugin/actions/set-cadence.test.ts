import { describe, expect, it } from 'vitest';
import { setCadence } from '../../../src/plugin/actions';
import { JANE } from '../support/notes';
import { createTestContext } from '../support/test-context';
import { captureUi } from '../support/ui';

const { notices } = captureUi();

describe('setCadence', () => {
  it('writes the short form of what was typed', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    expect(await setCadence(t.ctx, t.file('Jane.md'), 'weekly then biweekly')).toBe(true);
    expect(await t.read('Jane.md')).toBe(JANE.replace('interests: [pizza, trail running]\n', 'interests: [pizza, trail running]\ncadence: 1w, 2w\n'));
    expect(notices).toEqual(['Cadence for Jane Doe: 1w, 2w.']);
  });

  it('replaces an existing cadence in place, keeping its comment', async () => {
    const note = JANE.replace('context: job\n', 'context: job\ncadence: 1w # for now\n');
    const t = createTestContext({ files: { 'Jane.md': note } });
    await setCadence(t.ctx, t.file('Jane.md'), '2w, 30d');
    expect(await t.read('Jane.md')).toBe(note.replace('cadence: 1w # for now', 'cadence: 2w, 30d # for now'));
  });

  it('refuses text that is not a cadence and says why', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    expect(await setCadence(t.ctx, t.file('Jane.md'), 'every tuesday')).toBe(false);
    expect(await t.read('Jane.md')).toBe(JANE);
    expect(notices[0]).toMatch(/^Cadence not changed: "every tuesday" is not a gap; expected /);
  });
});
