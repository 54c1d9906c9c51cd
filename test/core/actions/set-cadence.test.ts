import { describe, expect, it } from 'vitest';
import { setCadence } from '../../../src/core/actions';
import { env, note } from './env';

describe('set cadence', () => {
  it('writes the short form of a valid cadence', () => {
    const text = note('followup: active\nname: Ada\n');
    expect(setCadence(text, { cadence: 'weekly then biweekly' }, env())).toMatchObject({ type: 'write', text: text.replace('Ada\n', 'Ada\ncadence: 1w, 2w\n'), message: 'Cadence for Ada: 1w, 2w.' });
  });
  it('refuses what the cadence parser refuses, note untouched', () => {
    const d = setCadence(note('followup: active\n'), { cadence: 'now and then' }, env());
    expect(d.type).toBe('refuse');
  });
  it('fixes a note whose only problem is its cadence; other problems are refused', () => {
    const bad = note('followup: active\ncadence: sometimes\n');
    expect(setCadence(bad, { cadence: '2w' }, env())).toMatchObject({ type: 'write', text: bad.replace('sometimes', '2w') });
    expect(setCadence(note('followup: active\ncadence: sometimes\nemail: nope\n'), { cadence: '2w' }, env()).type).toBe('refuse');
  });
});
