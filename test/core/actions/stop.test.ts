import { describe, expect, it } from 'vitest';
import { stop } from '../../../src/core/actions';
import { env, note } from './env';

describe('stop', () => {
  it('sets followup: stopped and nothing else', () => {
    const text = note('followup: active  # was keen\nname: Ada\n');
    const d = stop(text, {}, env());
    expect(d).toEqual({ type: 'write', changed: true, text: text.replace('active', 'stopped'), message: 'Marked Ada as stopped: no more follow-ups, as they asked.' });
  });

  it('works on a note with a bad cadence and a bad date: only that value changes, byte for byte', () => {
    const text = note('followup: active\ncadence: every now and then please\ncontacted: [2026-02-30]\nname: Ada\n', 'Notes\r\nmixed\n');
    const d = stop(text, {}, env());
    expect(d.type).toBe('write');
    if (d.type !== 'write') return;
    expect(d.text).toBe(text.replace('followup: active', 'followup: stopped'));
    expect(d.message).toContain('Marked Ada as stopped');
  });

  it('an already stopped note (even with problems) is left alone', () => {
    const text = note('followup: stopped\ncadence: bogus\n');
    expect(stop(text, {}, env())).toMatchObject({ type: 'write', changed: false, text });
  });

  it('refuses only when the YAML cannot be edited, and says how to stop by hand', () => {
    for (const text of [note('followup: active\nname: [oops\n'), '---\nfollowup: active\nname: Ada\n', note('followup: a\nfollowup: b\n')]) {
      const d = stop(text, {}, env());
      expect(d.type).toBe('refuse');
      if (d.type === 'refuse') expect(d.message).toContain('set `followup: stopped` in its frontmatter by hand');
    }
  });

  it('a note that is not a contact is refused', () => {
    expect(stop('plain\n', {}, env()).type).toBe('refuse');
  });
});
