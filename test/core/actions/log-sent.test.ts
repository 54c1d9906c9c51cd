import { describe, expect, it } from 'vitest';
import { logSent } from '../../../src/core/actions';
import { env, note } from './env';

describe('log sent', () => {
  const text = note('followup: active\nname: Ada\ncontacted: [2026-11-10 09:00]\n');

  it('appends now by default and says what is next', () => {
    const d = logSent(text, {}, env('2026-11-25', '10:05'));
    expect(d).toMatchObject({ type: 'write', changed: true, text: text.replace('09:00]', '09:00, 2026-11-25T10:05]') });
    if (d.type === 'write') expect(d.message).toMatch(/^Logged follow-up 1 to Ada at 2026-11-25 10:05\. Next: follow-up 2 of 3 due /);
  });

  it('too soon after the nearest message asks first; the confirmed request, rerun on the changed text, decides again', () => {
    const d = logSent(text, { at: { day: '2026-11-12', time: '10:00' } }, env());
    expect(d.type).toBe('confirm');
    if (d.type !== 'confirm') return;
    expect(d.confirmed).toEqual({ at: { day: '2026-11-12', time: '10:00' }, force: true });
    expect(d.message).toContain('only 2 days from 2026-11-12');
    expect(logSent(text, d.confirmed, env()).type).toBe('write');
    // Stopped while the question was open: the rerun refuses.
    const r = logSent(text.replace('active', 'stopped'), d.confirmed, env());
    expect(r).toEqual({ type: 'refuse', message: 'Ada asked you to stop, so no more messages go out; nothing was logged.' });
    // The key removed meanwhile: refused, no `contacted` list added.
    expect(logSent(note('name: Ada\n'), d.confirmed, env()).type).toBe('refuse');
  });

  it('the nearest message may be a later one (an older time logged late)', () => {
    const d = logSent(text, { at: { day: '2026-11-08', time: '10:00' } }, env());
    expect(d.type).toBe('confirm');
  });

  it('an older time goes in date order, in the list style of the note', () => {
    const block = note('followup: active\ncontacted:\n  - 2026-10-01\n  - 2026-11-10 09:00\n');
    const d = logSent(block, { at: { day: '2026-10-20', time: '08:00' } }, env());
    expect(d).toMatchObject({ type: 'write', text: block.replace('  - 2026-11-10', '  - 2026-10-20T08:00\n  - 2026-11-10') });
    const single = note('followup: active\ncontacted: 2026-11-10 09:00 # first\n');
    expect(logSent(single, { at: { day: '2026-10-20', time: '08:00' } }, env())).toMatchObject({ type: 'write', text: single.replace('2026-11-10 09:00', '[2026-10-20T08:00, 2026-11-10 09:00]') });
    const flow = logSent(text, { at: { day: '2026-10-20', time: '08:00' } }, env());
    expect(flow).toMatchObject({ type: 'write', text: text.replace('[2026-11-10', '[2026-10-20T08:00, 2026-11-10') });
  });

  it('more than a day ahead asks first (dates with their year); within a day does not', () => {
    const far = logSent(text, { at: { day: '2080-01-02', time: '10:00' } }, env());
    expect(far.type).toBe('confirm');
    if (far.type === 'confirm') expect(far.message).toContain('Tue 2 Jan 2080');
    expect(logSent(text, { at: { day: '2026-11-26', time: '09:00' } }, env('2026-11-25', '10:00')).type).toBe('write');
  });

  it('year 9999 with force is written and never throws', () => {
    expect(logSent(text, { at: { day: '9999-12-31', time: '10:00' }, force: true }, env()).type).toBe('write');
  });

  it('the same time twice is one log, whichever form the note wrote it in', () => {
    for (const logged of ['2026-11-25T10:05', '2026-11-25 10:05', '2026-11-25T10:05:30']) {
      const once = note(`followup: active\ncontacted: [${logged}]\n`);
      expect(logSent(once, { at: { day: '2026-11-25', time: '10:05' }, force: true }, env())).toMatchObject({ type: 'write', changed: false, text: once });
    }
  });

  it('writes the new time in the "Date & time" form next to older items, which stay as they are', () => {
    const old = note('followup: active\ncontacted: [2026-11-04 09:10]\n');
    expect(logSent(old, { at: { day: '2026-11-25', time: '10:05' }, force: true }, env())).toMatchObject({ type: 'write', text: old.replace('[2026-11-04 09:10]', '[2026-11-04 09:10, 2026-11-25T10:05]') });
  });
});
