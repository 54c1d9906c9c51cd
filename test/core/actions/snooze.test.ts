import { describe, expect, it } from 'vitest';
import { snooze } from '../../../src/core/actions';
import { env, note } from './env';

describe('snooze', () => {
  const text = note('followup: active\nname: Ada\ncontacted: [2026-11-20 09:00]\n');
  it('sets a day after today; removes with null', () => {
    const d = snooze(text, { until: '2026-12-10' }, env());
    expect(d).toMatchObject({ type: 'write', changed: true, text: text.replace('09:00]\n', '09:00]\nsnooze: 2026-12-10\n') });
    if (d.type === 'write') expect(snooze(d.text, { until: null }, env())).toMatchObject({ type: 'write', text });
  });
  it('one rule for every adapter: a day not after today is refused', () => {
    for (const until of ['2026-11-25', '2026-11-01']) expect(snooze(text, { until }, env()).type).toBe('refuse');
    expect(snooze(text, { until: '2026-02-30' }, env()).type).toBe('refuse');
  });
  it('stopped: nothing to snooze', () => {
    expect(snooze(text.replace('active', 'stopped'), { until: '2026-12-10' }, env()).type).toBe('refuse');
  });
});
