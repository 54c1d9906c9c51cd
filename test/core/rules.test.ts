// Every branch of docs/design.md "The rules engine", with dates worked out by hand from a 2026 calendar:
// Mon 2 Nov, Wed 4 Nov, Thu 5 Nov, Fri 6 Nov, Wed 11 Nov, Sat 14 Nov, Mon 16 Nov, Wed 18 Nov.
import { describe, expect, it } from 'vitest';
import { bucketOf, kindOfStep, partOfDay, planFollowUp } from '../../src/core/rules';
import { contact, settings } from './builders';

const plan = (c: ReturnType<typeof contact>, today = '2026-11-05', s = settings()) => planFollowUp(c.build(), s, today);

describe('the example of docs/design.md', () => {
  it('plans follow-up 2 on Thu 19 Nov at midday, and says why', () => {
    const p = plan(contact().contacted('2026-11-04 09:10', '2026-11-11 14:30'), '2026-11-16');
    expect(p).toEqual({
      state: 'scheduled',
      due: '2026-11-19',
      bucket: 'week',
      step: 2,
      kind: 'follow-up',
      slot: { date: '2026-11-19', part: 'midday' },
      daysSinceLast: 5,
      reintroduce: false,
      why: 'last message Wed 11 Nov + 1 week (follow-up 2 of 3); moved to Thu 19 Nov so it is not on a Wednesday again',
      warnings: [],
    });
  });
});

describe('moving the due date', () => {
  it('pushes a day when due falls on the weekday of the last message (Wed + 7 -> Thu)', () => {
    expect(plan(contact().contacted('2026-11-04')).due).toBe('2026-11-12');
  });

  it('moves Friday + 7 past the Friday and the weekend to Monday', () => {
    const p = plan(contact().contacted('2026-11-06'));
    expect(p.due).toBe('2026-11-16');
    expect(p.why).toContain('moved to Mon 16 Nov so it is not on a Friday again or a weekend');
  });

  it('moves a Saturday to Monday when only the weekend is in the way', () => {
    const p = plan(contact().contacted('2026-11-05').cadence('9d'));
    expect(p.due).toBe('2026-11-16');
    expect(p.why).toContain('; moved to Mon 16 Nov to skip the weekend');
  });

  it('moves on past a Monday after a Monday (Sat -> Sun -> Mon -> Tue)', () => {
    const p = plan(contact().contacted('2026-11-02').cadence('12d'));
    expect(p.due).toBe('2026-11-17');
    expect(p.why).toContain('moved to Tue 17 Nov so it is not on a Monday again or a weekend');
  });

  it('leaves a weekday that is neither a weekend nor the last weekday alone', () => {
    const p = plan(contact().contacted('2026-11-04').cadence('8d'));
    expect(p.due).toBe('2026-11-12');
    expect(p.why).toBe('last message Wed 4 Nov + 8 days (follow-up 1 of 3)');
  });

  it('allows weekends when skipWeekends is off (Fri + 7 -> Sat)', () => {
    expect(plan(contact().contacted('2026-11-06'), '2026-11-06', settings({ skipWeekends: false })).due).toBe('2026-11-14');
  });

  it('allows the same weekday when varyWeekday is off', () => {
    const off = settings({ varyWeekday: false });
    expect(plan(contact().contacted('2026-11-04'), '2026-11-05', off).due).toBe('2026-11-11');
    const p = plan(contact().contacted('2026-11-06').cadence('8d'), '2026-11-06', off);
    expect(p.due).toBe('2026-11-16');
    expect(p.why).toContain('to skip the weekend');
  });

  it('moves nothing when both are off', () => {
    const p = plan(contact().contacted('2026-11-05').cadence('9d'), '2026-11-05', settings({ skipWeekends: false, varyWeekday: false }));
    expect(p.due).toBe('2026-11-14');
    expect(p.why).not.toContain('moved');
  });
});

describe('snooze', () => {
  it('wins when later, and is not moved off a weekend', () => {
    const p = plan(contact().contacted('2026-11-04').snooze('2026-11-21'));
    expect(p.due).toBe('2026-11-21');
    expect(p.slot?.date).toBe('2026-11-21');
    expect(p.why).toContain('; snoozed until Sat 21 Nov');
  });

  it('is not moved off the weekday of the last message', () => {
    expect(plan(contact().contacted('2026-11-04').snooze('2026-11-25')).due).toBe('2026-11-25');
  });

  it('is ignored when it is not after the due date', () => {
    for (const snooze of ['2026-11-10', '2026-11-12']) {
      const p = plan(contact().contacted('2026-11-04').snooze(snooze));
      expect(p.due).toBe('2026-11-12');
      expect(p.why).not.toContain('snoozed');
    }
  });
});

describe('kind of follow-up (askAfter)', () => {
  // Gaps 8, 8, 14, 15, 14 days: none below the minimum, so no warnings.
  const sent = ['2026-09-07', '2026-09-15', '2026-09-23', '2026-10-07', '2026-10-22', '2026-11-05'];
  const withSent = (count: number) => plan(contact().contacted(...sent.slice(0, count)), '2026-11-05');

  it('the 3rd follow-up is still a follow-up (14 days after Wed 23 Sep, moved off Wednesday)', () => {
    const p = withSent(3);
    expect([p.step, p.kind, p.due]).toEqual([3, 'follow-up', '2026-10-08']);
    expect(p.why).toContain('(follow-up 3 of 3)');
    expect(p.warnings).toEqual([]);
  });

  it('the 4th asks whether to stop', () => {
    const p = withSent(4);
    expect([p.step, p.kind, p.due]).toEqual([4, 'ask-to-stop', '2026-10-22']);
    expect(p.why).toContain('(follow-up 4: time to ask kindly whether to stop)');
  });

  it('the 5th and later are check-ins (at the cadence when the check-in pace is shorter)', () => {
    const quick = (count: number) => plan(contact().contacted(...sent.slice(0, count)), '2026-11-05', settings({ checkInDays: 14 }));
    const fifth = quick(5);
    expect([fifth.step, fifth.kind, fifth.due]).toEqual([5, 'check-in', '2026-11-06']);
    expect(fifth.why).toContain('(check-in 5, after asking whether to stop)');
    expect(fifth.why).not.toContain('check-in pace');
    const sixth = quick(6);
    expect([sixth.step, sixth.kind, sixth.due]).toEqual([6, 'check-in', '2026-11-20']);
  });

  it('check-ins keep the check-in pace, monthly by default, and say so', () => {
    // Thu 22 Oct + 30 days = Sat 21 Nov -> Mon 23 Nov (weekend skipped).
    const fifth = withSent(5);
    expect([fifth.step, fifth.kind, fifth.due]).toEqual([5, 'check-in', '2026-11-23']);
    expect(fifth.why).toBe(
      'last message Thu 22 Oct + 30 days (check-in 5, after asking whether to stop); check-ins come at most every 30 days (the check-in pace); moved to Mon 23 Nov to skip the weekend',
    );
    // The ask itself keeps the cadence: the pace is only for what comes after it.
    expect(withSent(4).due).toBe('2026-10-22');
    // A cadence slower than the pace wins.
    // Thu 22 Oct + 8 weeks = Thu 17 Dec -> Fri 18 Dec (not a Thursday again).
    expect(plan(contact().contacted(...sent.slice(0, 5)).cadence('8w'), '2026-11-05').due).toBe('2026-12-18');
  });

  it('askAfter 0 asks at once, askAfter 1 after one follow-up', () => {
    const kinds = (askAfter: number) => [1, 2, 3].map((count) => plan(contact().contacted(...sent.slice(0, count)), '2026-11-05', settings({ askAfter })).kind);
    expect(kinds(0)).toEqual(['ask-to-stop', 'check-in', 'check-in']);
    expect(kinds(1)).toEqual(['follow-up', 'ask-to-stop', 'check-in']);
    expect([1, 2, 3, 4, 5].map((step) => kindOfStep(step, 3))).toEqual(['follow-up', 'follow-up', 'follow-up', 'ask-to-stop', 'check-in']);
  });
});

describe('the send slot of an overdue follow-up', () => {
  // Wed 4 Nov + 1 week -> Thu 12 Nov (off the Wednesday); checked later, it goes out on the day checked.
  const overdue = (today: string, s = settings()) => plan(contact().contacted('2026-11-04 09:10'), today, s);

  it('is today, in a free part of the day, while due stays the planned day', () => {
    const p = overdue('2026-11-25');
    expect([p.due, p.bucket, p.slot]).toEqual(['2026-11-12', 'overdue', { date: '2026-11-25', part: 'midday' }]);
    expect(p.why).toMatch(/; overdue, so it goes out today$/);
  });

  it('is the next Monday when checked on a weekend and weekends are skipped (Sat 5 Dec -> Mon 7 Dec)', () => {
    const p = overdue('2026-12-05');
    expect([p.due, p.slot?.date]).toEqual(['2026-11-12', '2026-12-07']);
    expect(p.why).toMatch(/; overdue, so it goes out on Mon 7 Dec, the next weekday$/);
    expect(overdue('2026-12-06').slot?.date).toBe('2026-12-07');
  });

  it('is the weekend day itself when weekends are allowed', () => {
    expect(overdue('2026-12-05', settings({ skipWeekends: false })).slot?.date).toBe('2026-12-05');
  });

  it('is the due day when it is due today or later', () => {
    expect(overdue('2026-11-12').slot?.date).toBe('2026-11-12');
    expect(overdue('2026-11-05').slot?.date).toBe('2026-11-12');
    expect(overdue('2026-11-12').why).not.toContain('overdue');
  });
});

describe('minimum gap', () => {
  it('raises a cadence gap below the minimum, with a warning', () => {
    const p = plan(contact().contacted('2026-11-04').cadence('3d'));
    expect(p.due).toBe('2026-11-12');
    expect(p.why).toContain('last message Wed 4 Nov + 1 week (raised from 3 days, the minimum gap)');
    expect(p.warnings).toEqual([
      'The cadence has 3 days between messages, below the minimum gap of 1 week; those gaps are raised to 1 week.',
    ]);
  });

  it('raises the default cadence under a larger minimum gap (Wed + 10 = Sat -> Mon)', () => {
    const p = plan(contact().contacted('2026-11-04'), '2026-11-05', settings({ minGapDays: 10 }));
    expect(p.due).toBe('2026-11-16');
    expect(p.warnings).toEqual([expect.stringContaining('1 week, 1 week between messages, below the minimum gap of 10 days')]);
  });

  it('warns about two messages sent closer than the minimum gap, and still plans from the last', () => {
    const p = plan(contact().contacted('2026-11-02', '2026-11-05'), '2026-11-05');
    expect(p.warnings).toEqual(['Messages on Mon 2 Nov and Thu 5 Nov were 3 days apart, less than the minimum gap of 1 week.']);
    expect(p.due).toBe('2026-11-13');
  });

  it('says nothing when messages are exactly the minimum gap apart', () => {
    expect(plan(contact().contacted('2026-10-29', '2026-11-05')).warnings).toEqual([]);
  });

  it('falls back to the minimum gap for an empty cadence', () => {
    const c = { ...contact().contacted('2026-11-05').build(), cadence: [] };
    expect(planFollowUp(c, settings({ minGapDays: 9 }), '2026-11-05').due).toBe('2026-11-16');
  });
});

describe('part of the day', () => {
  it('splits the day at 11:00 and 14:00', () => {
    expect(['00:00', '10:59', '11:00', '13:59', '14:00', '23:59'].map(partOfDay)).toEqual([
      'morning', 'morning', 'midday', 'midday', 'afternoon', 'afternoon',
    ]);
  });

  const part = (...sent: string[]) => plan(contact().contacted(...sent), '2026-11-05').slot?.part;

  it('takes the first part not used by the newest two timed messages', () => {
    expect(part('2026-11-04 10:59')).toBe('midday');
    expect(part('2026-11-04 11:00')).toBe('morning');
    expect(part('2026-10-28 09:00', '2026-11-04 13:59')).toBe('afternoon');
    expect(part('2026-10-28 09:00', '2026-11-04 14:00')).toBe('midday');
    expect(part('2026-10-28 08:00', '2026-11-04 09:00')).toBe('midday');
  });

  it('looks at the newest two timed messages only', () => {
    expect(part('2026-10-20 09:00', '2026-10-28 12:00', '2026-11-04 15:00')).toBe('morning');
  });

  it('ignores messages without a time, and suggests the morning when none has one', () => {
    expect(part('2026-10-20 09:00', '2026-10-28 12:00', '2026-11-04')).toBe('afternoon');
    expect(part('2026-10-28', '2026-11-04')).toBe('morning');
  });
});

describe('bucket and reintroduce', () => {
  it('sorts the due date Thu 12 Nov into overdue, today, this week (+7) and later (+8)', () => {
    const at = (today: string) => plan(contact().contacted('2026-11-04'), today).bucket;
    expect(['2026-11-13', '2026-11-12', '2026-11-05', '2026-11-04'].map(at)).toEqual(['overdue', 'today', 'week', 'later']);
    expect(bucketOf('2026-11-12', '2026-11-11')).toBe('week');
  });

  it('reintroduces after more than 21 days of silence (21: no, 22: yes)', () => {
    const at = (today: string, s = settings()) => plan(contact().contacted('2026-11-04'), today, s);
    expect([at('2026-11-25').reintroduce, at('2026-11-25').daysSinceLast]).toEqual([false, 21]);
    expect([at('2026-11-26').reintroduce, at('2026-11-26').daysSinceLast]).toEqual([true, 22]);
    expect(at('2026-11-26', settings({ reintroduceAfterDays: 30 })).reintroduce).toBe(false);
  });

  it('warns when the last message is after today', () => {
    const p = plan(contact().contacted('2026-11-04'), '2026-11-01');
    expect(p.daysSinceLast).toBe(-3);
    expect(p.warnings).toEqual(['The last message is logged on Wed 4 Nov, after today: check the date.']);
  });
});

describe('cadence', () => {
  const mondays = ['2026-10-05', '2026-10-12', '2026-10-26', '2026-11-09'];
  const noVary = settings({ varyWeekday: false });

  it('repeats the last gap (cadence 1w, 2w: 7, 14, 14, 14)', () => {
    const due = (count: number) => plan(contact().contacted(...mondays.slice(0, count)).cadence('1w, 2w'), '2026-11-09', noVary).due;
    expect([1, 2, 3, 4].map(due)).toEqual(['2026-10-12', '2026-10-26', '2026-11-09', '2026-11-23']);
  });

  it("prefers the contact's cadence to the settings'", () => {
    const s = settings({ cadence: [21] });
    expect(plan(contact().contacted('2026-11-04'), '2026-11-05', s).due).toBe('2026-11-26');
    expect(plan(contact().contacted('2026-11-04').cadence('2w'), '2026-11-05', s).due).toBe('2026-11-19');
  });
});

describe('states', () => {
  const idle = { due: null, bucket: null, step: null, kind: null, slot: null, reintroduce: false, warnings: [] };

  it.each([
    ['paused', 'Paused: nothing is due until you resume.'],
    ['replied', 'Replied: nothing is due while the conversation is going.'],
    ['stopped', 'Stopped: they asked you to stop, so nothing more is sent.'],
  ] as const)('%s has no due date, even when long overdue and snoozed', (state, why) => {
    const p = plan(contact().state(state).contacted('2026-01-05', '2026-01-07').snooze('2026-02-01'), '2026-11-05');
    expect(p).toEqual({ ...idle, state, why, daysSinceLast: 302 });
  });

  it('an active contact without messages is not-contacted', () => {
    expect(plan(contact())).toEqual({
      ...idle,
      state: 'not-contacted',
      daysSinceLast: null,
      why: 'No message logged yet: log the first one and the cadence starts from it.',
    });
    expect(plan(contact().state('stopped')).state).toBe('stopped');
  });
});

describe('why', () => {
  it('names the last date, the gap, the step and the move', () => {
    const p = plan(contact().contacted('2026-10-21', '2026-11-04').cadence('2w'), '2026-11-05');
    expect(p.due).toBe('2026-11-19');
    expect(p.why).toBe('last message Wed 4 Nov + 2 weeks (follow-up 2 of 3); moved to Thu 19 Nov so it is not on a Wednesday again');
  });
});
