import { describe, it, expect } from 'vitest';
import { applyEdit, logSent, setCadence, setState, snoozeUntil, startFollowUp } from '../../../src/core/note-edit';
import { DRAFT } from './fixture-cases';

const NOTE = '---\nfollowup: active\ncontacted: [2026-11-04 09:10]\nsnooze: 2026-12-01\n---\nBody\n';
const apply = (text: string, ...edits: Parameters<typeof applyEdit>[1][]) => {
  const r = applyEdit(text, edits.flat());
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe('contact edits', () => {
  it('say which key each action writes', () => {
    expect(logSent('2026-11-25 10:05')).toEqual({ op: 'append', key: 'contacted', value: '2026-11-25 10:05' });
    expect(setState('stopped')).toEqual({ op: 'set', key: 'followup', value: 'stopped' });
    expect(snoozeUntil('2026-12-08')).toEqual({ op: 'set', key: 'snooze', value: '2026-12-08' });
    expect(snoozeUntil(null)).toEqual({ op: 'delete', key: 'snooze' });
    expect(setCadence('1w, 2w')).toEqual({ op: 'set', key: 'cadence', value: '1w, 2w' });
  });

  it('log sent, snooze, cadence, state: one line each', () => {
    expect(apply(NOTE, logSent('2026-11-11 14:30')).text).toBe(NOTE.replace('09:10]', '09:10, 2026-11-11 14:30]'));
    expect(apply(NOTE, snoozeUntil(null)).text).toBe(NOTE.replace('snooze: 2026-12-01\n', ''));
    expect(apply(NOTE, setCadence('1w, 1w, 2w')).text).toBe(NOTE.replace('---\nBody', 'cadence: 1w, 1w, 2w\n---\nBody'));
    expect(apply(NOTE, setState('replied')).text).toBe(NOTE.replace('active', 'replied'));
  });

  it('start following up fills in only what is missing', () => {
    const started = apply('Notes\n', startFollowUp({ at: '2026-11-04 09:10', context: 'job', topic: 'the role: UX' }));
    expect(started.text).toBe('---\nfollowup: active\ncontacted: [2026-11-04 09:10]\ncontext: job\ntopic: "the role: UX"\n---\nNotes\n');
    const again = apply(NOTE.replace('active', 'paused'), startFollowUp({ at: '2026-11-25', context: 'sales' }));
    expect(again.text).toBe(NOTE.replace('---\nBody', 'context: sales\n---\nBody'));
  });

  it('a draft appended twice is there once (changed: false the second time)', () => {
    const once = apply(NOTE, { op: 'append-draft', block: DRAFT });
    expect(once.changed).toBe(true);
    expect(apply(once.text, { op: 'append-draft', block: DRAFT })).toEqual({ ok: true, text: once.text, changed: false });
  });

  it('a draft in a CRLF note with an empty body is CRLF too', () => {
    const r = apply('---\r\nfollowup: active\r\n---\r\n', { op: 'append-draft', block: DRAFT });
    expect(r.text).toMatch(/## Follow-ups\r\n/);
    expect(/(^|[^\r])\n/.test(r.text)).toBe(false);
  });
});
