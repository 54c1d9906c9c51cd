/** Log reply on real note text: what it writes for each kind, and what it never does. */
import { describe, expect, it } from 'vitest';
import { logReply, readNoteText, type ActionEnv, type Decision, type LogReplyRequest } from '../../../src/core/actions';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';

const NOTE = `---
name: Karin Berg
followup: active # keep going
contacted:
  - 2026-11-02 09:10
  - 2026-11-10 14:00
---
Met at the Gothenburg meetup.

## Follow-ups

### Draft — follow-up 2 — 2026-11-10 (Tue afternoon)
Hi Karin, …
`;

const env: ActionEnv = { path: 'Jobs/Karin Berg.md', settings: DEFAULT_SETTINGS, now: { day: '2026-11-20', time: '10:30' } };

function fm(text: string): Record<string, unknown> {
  const read = readNoteText(text, env.path);
  if (read.kind !== 'contact') throw new Error(`not a valid contact: ${JSON.stringify(read)}`);
  return read.data;
}

function written(d: Decision<LogReplyRequest>): string {
  if (d.type !== 'write') throw new Error(`expected a write, got ${d.type}: ${d.message}`);
  return d.text;
}

describe('logReply', () => {
  it('a stop request asks first, then stops (final), records the day and kind, and quotes the reply', () => {
    const reply = 'Hi,\n\nNo thanks, we have gone with someone else.\n\nRegards\nKarin';
    const first = logReply(NOTE, { text: reply }, env);
    expect(first.type).toBe('confirm');
    if (first.type !== 'confirm') return;
    expect(first.message).toContain("'No thanks' reads as a no");
    expect(first.confirmed).toEqual({ text: reply, kind: 'stop', confirmed: true });
    const after = written(logReply(NOTE, first.confirmed, env));
    expect(fm(after)).toMatchObject({ followup: 'stopped', replied: '2026-11-20', 'reply-kind': 'stop' });
    expect(after).toContain('followup: stopped # keep going');
    expect(after).toContain('### Reply — 2026-11-20 10:30 — asked to stop\n> Hi,\n>\n> No thanks, we have gone with someone else.\n>\n> Regards\n> Karin\n');
    // Every byte the user wrote is still there, in order.
    expect(after.indexOf('Met at the Gothenburg meetup.')).toBeGreaterThan(0);
    expect(after).toContain('### Draft — follow-up 2 — 2026-11-10 (Tue afternoon)\nHi Karin, …\n');
  });

  it('an out-of-office reply keeps the schedule, snoozes to the day after the return day, and says why', () => {
    const d = logReply(NOTE, { text: 'Jag är på semester t.o.m. 4/1.' }, env);
    const after = written(d);
    expect(fm(after)).toMatchObject({ followup: 'active', snooze: '2027-01-05', 'auto-reply': '2026-11-20' });
    expect(fm(after).replied).toBeUndefined();
    expect(d.message).toContain('not a reply');
    expect(d.message).toContain("until '4/1' (2027-01-04)");
    expect(after).toContain('### Auto-reply — 2026-11-20 10:30 — out of office\n> Jag är på semester t.o.m. 4/1.\n');
  });

  it('an out-of-office reply without a return day snoozes nothing, and never shortens a longer snooze', () => {
    expect(fm(written(logReply(NOTE, { text: 'Automatic reply: I am out of the office.' }, env))).snooze).toBeUndefined();
    const snoozed = NOTE.replace('followup: active', 'snooze: 2027-02-01\nfollowup: active');
    expect(fm(written(logReply(snoozed, { text: "I'm out of the office until 7 December." }, env))).snooze).toBe('2027-02-01');
  });

  it('a real reply marks replied with its day; "don\'t stop sending me these!" is one', () => {
    const d = logReply(NOTE, { text: "Don't stop sending me these! Coffee next week?" }, env);
    expect(fm(written(d))).toMatchObject({ followup: 'replied', replied: '2026-11-20', 'reply-kind': 'reply' });
    expect(d.message).toContain('Marked Karin Berg as replied');
  });

  it('unsure refuses with what it found, and logs what the user then chooses', () => {
    const d = logReply(NOTE, { text: 'Sent from my iPhone' }, env);
    expect(d.type).toBe('refuse');
    expect(d.message).toContain('Choose what it is');
    const chosen = logReply(NOTE, { text: 'Sent from my iPhone', kind: 'reply' }, env);
    expect(fm(written(chosen))).toMatchObject({ followup: 'replied', 'reply-kind': 'reply' });
    expect(chosen.message).toContain('you chose a real reply');
  });

  it('the user may override the reading; a stop chosen by hand is still confirmed first', () => {
    const d = logReply(NOTE, { text: 'Thanks, got it.', kind: 'stop' }, env);
    expect(d.type).toBe('confirm');
  });

  it('stopped stays stopped: no reply moves a stopped note', () => {
    const stopped = NOTE.replace('followup: active', 'followup: stopped');
    for (const text of ['Yes, let us talk!', 'Out of office until 7 December.', 'Please stop.']) {
      const d = logReply(stopped, { text, confirmed: true, kind: 'reply' }, env);
      expect(d.type).toBe('refuse');
    }
  });

  it('a stop request still stops a note with other problems, changing only followup', () => {
    const broken = NOTE.replace('contacted:', 'cadence: every so often\ncontacted:');
    const d = logReply(broken, { text: 'Please take me off your list.', confirmed: true }, env);
    const after = written(d);
    expect(after).toBe(broken.replace('followup: active', 'followup: stopped'));
    expect(d.message).toContain('the reply itself was not added');
  });

  it('CRLF notes get CRLF lines; an empty paste is refused', () => {
    const crlf = NOTE.replace(/\n/g, '\r\n');
    const after = written(logReply(crlf, { text: 'Sounds good,\nsee you Monday' }, env));
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(logReply(NOTE, { text: '  \n ' }, env).type).toBe('refuse');
  });
});
