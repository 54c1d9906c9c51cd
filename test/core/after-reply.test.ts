/** `after-reply`: read from real YAML, and the light check-in the rules plan after a reply. */
import { describe, expect, it } from 'vitest';
import { addAfterReply, parseAfterReply } from '../../src/core/after-reply';
import { readNoteText } from '../../src/core/actions';
import { planFollowUp } from '../../src/core/rules';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

function contactOf(yaml: string) {
  const read = readNoteText(`---\n${yaml}\n---\n`, 'Networking/Ola.md');
  if (read.kind !== 'contact') throw new Error(JSON.stringify(read));
  return read.contact;
}

describe('after-reply', () => {
  it('reads the usual ways of writing a wait', () => {
    expect(parseAfterReply('3mo')).toEqual({ ok: true, value: { amount: 3, unit: 'month' } });
    expect(parseAfterReply('check in in 3 months')).toEqual({ ok: true, value: { amount: 3, unit: 'month' } });
    expect(parseAfterReply('6w')).toEqual({ ok: true, value: { amount: 6, unit: 'week' } });
    expect(parseAfterReply('1 year')).toEqual({ ok: true, value: { amount: 1, unit: 'year' } });
    expect(parseAfterReply('om 3 månader')).toEqual({ ok: true, value: { amount: 3, unit: 'month' } });
    expect(parseAfterReply(90)).toEqual({ ok: true, value: { amount: 90, unit: 'day' } });
    expect(parseAfterReply('sometime').ok).toBe(false);
    expect(parseAfterReply('0mo').ok).toBe(false);
  });

  it('adds months on the calendar, clamping to the month end', () => {
    expect(addAfterReply('2026-11-20', { amount: 3, unit: 'month' })).toBe('2027-02-20');
    expect(addAfterReply('2027-01-31', { amount: 1, unit: 'month' })).toBe('2027-02-28');
    expect(addAfterReply('2028-01-31', { amount: 1, unit: 'month' })).toBe('2028-02-29');
    expect(addAfterReply('2026-11-20', { amount: 1, unit: 'year' })).toBe('2027-11-20');
  });

  it('a bad after-reply, replied or reply-kind is a problem with key, value and what was expected', () => {
    const read = readNoteText('---\nfollowup: replied\nafter-reply: soonish\nreplied: yesterday\nreply-kind: maybe\n---\n', 'a.md');
    expect(read.kind).toBe('problems');
    if (read.kind !== 'problems') return;
    expect(read.problems.map((p) => p.key)).toEqual(['replied', 'reply-kind', 'after-reply']);
    expect(read.problems[2]?.message).toContain('3mo');
  });

  it('a replied contact with after-reply gets one light check-in after the reply, off the weekend', () => {
    const c = contactOf('followup: replied\ncontacted: [2026-11-02]\nreplied: 2026-11-20\nafter-reply: 3mo');
    const plan = planFollowUp(c, DEFAULT_SETTINGS, '2026-11-21');
    expect(plan).toMatchObject({ state: 'scheduled', kind: 'check-in', due: '2027-02-22' }); // 20 Feb 2027 is a Saturday
    expect(plan.why).toContain('after-reply 3 months');
  });

  it('the wait restarts from a check-in logged after the reply', () => {
    const c = contactOf('followup: replied\ncontacted: [2026-11-02, 2027-02-22]\nreplied: 2026-11-20\nafter-reply: 3mo');
    expect(planFollowUp(c, DEFAULT_SETTINGS, '2027-02-23').due).toBe('2027-05-24');
  });

  it('without after-reply a replied contact goes quiet; stopped stays stopped with it', () => {
    expect(planFollowUp(contactOf('followup: replied\ncontacted: [2026-11-02]\nreplied: 2026-11-20'), DEFAULT_SETTINGS, '2026-11-21').state).toBe('replied');
    const stopped = contactOf('followup: stopped\ncontacted: [2026-11-02]\nreplied: 2026-11-20\nafter-reply: 3mo');
    expect(planFollowUp(stopped, DEFAULT_SETTINGS, '2027-06-01')).toMatchObject({ state: 'stopped', due: null });
  });
});
