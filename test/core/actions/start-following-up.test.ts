import { describe, expect, it } from 'vitest';
import { startFollowingUp } from '../../../src/core/actions';
import { env, note } from './env';

describe('start following up', () => {
  it('makes a note a contact with the first message now, keeping the body', () => {
    const d = startFollowingUp('# Ada\n', { context: 'job', topic: 'the role' }, env('2026-11-25', '10:05'));
    expect(d).toMatchObject({ type: 'write', text: '---\nfollowup: active\ncontacted: [2026-11-25T10:05]\ncontext: job\ntopic: the role\n---\n# Ada\n' });
  });
  it('a multi-line topic becomes one line', () => {
    const d = startFollowingUp('x\n', { topic: 'a\n## b' }, env());
    expect(d.type).toBe('write');
    if (d.type === 'write') expect(d.text).toMatch(/^topic: "?a ## b"?$/m);
  });
  it('refuses a note that already is a contact (even one with problems, or stopped)', () => {
    for (const fm of ['followup: stopped\n', 'followup: active\ncadence: bad\n']) expect(startFollowingUp(note(fm), {}, env()).type).toBe('refuse');
  });
});
