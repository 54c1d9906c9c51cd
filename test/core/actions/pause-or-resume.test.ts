import { describe, expect, it } from 'vitest';
import { OFFERS, pauseOrResume } from '../../../src/core/actions';
import { env, note } from './env';

describe('pause or resume', () => {
  const active = note('followup: active\nname: Ada\ncontacted: [2026-11-20 09:00]\n');

  it('pauses an active contact and resumes a paused or replied one, on the text given', () => {
    expect(pauseOrResume(active, {}, env())).toMatchObject({ type: 'write', changed: true, text: active.replace('active', 'paused') });
    for (const from of ['paused', 'replied']) {
      expect(pauseOrResume(active.replace('active', from), {}, env())).toMatchObject({ type: 'write', changed: true, text: active });
    }
  });

  it('leaves a stopped note stopped', () => {
    expect(pauseOrResume(active.replace('active', 'stopped'), {}, env()).type).toBe('refuse');
  });
});

describe('offered shortcuts', () => {
  it('nothing that writes is offered for a stopped or replied contact; a paused one offers resume', () => {
    expect(OFFERS.stopped).toEqual([]);
    expect(OFFERS.replied).toEqual([]);
    expect(OFFERS.paused).toEqual(['resume']);
    expect(OFFERS['not-contacted']).toEqual(['log-sent']);
  });
});
