// The calendar feed, parsed back by ical.js: events at their slots, escaped text, folded lines,
// stable UIDs, links, and no stopped/paused/replied contact ever.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildAgenda } from '../../../src/core/agenda';
import { followUpsCalendar, icsStamp, type CalendarOptions } from '../../../src/core/ics/followups-calendar';
import type { ReadResult } from '../../../src/core/schema';
import type { Contact } from '../../../src/core/types';
import { contact, settings } from '../builders';

const TODAY = '2026-11-25';
const OPTIONS: CalendarOptions = {
  today: TODAY,
  days: 30,
  slotTimes: { morning: '09:00', midday: '12:00', afternoon: '15:00' },
  askAfter: 3,
  stamp: icsStamp(new Date(Date.UTC(2026, 10, 25, 6, 30, 5))),
  vaultName: 'Work notes',
  linkTo: (path) => `obsidian://open?vault=Work%20notes&file=${encodeURIComponent(path.replace(/\.md$/, ''))}`,
};

function feed(contacts: Contact[], o: Partial<CalendarOptions> = {}): string {
  const reads: ReadResult[] = contacts.map((c) => ({ ok: true, contact: c }));
  return followUpsCalendar(buildAgenda(reads, settings(), TODAY).items, { ...OPTIONS, ...o });
}

function events(text: string): ICAL.Event[] {
  const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

// Last message Wed 18 Nov in the morning: follow-up 2 due Wed 25 + 1 day = Thu 26 Nov, midday.
const jane = contact('Jobs/Jane Doe.md').name('Jane Doe, PhD; "the designer"').context('job').contacted('2026-11-11 09:10', '2026-11-18 09:30').build();

describe('followUpsCalendar', () => {
  it('is a calendar ical.js reads, with one event at the slot, the step, the why and the link', () => {
    const text = feed([jane]);
    const [event, ...rest] = events(text);
    expect(rest).toEqual([]);
    expect(event?.summary).toBe('Follow up with Jane Doe, PhD; "the designer" (follow-up 2 of 3)');
    expect(event?.startDate.toString()).toBe('2026-11-26T12:00:00');
    expect(event?.startDate.zone?.tzid).toBe('floating');
    expect(event?.endDate.toString()).toBe('2026-11-26T12:15:00');
    expect(event?.description).toContain('Why: last message Wed 18 Nov + 1 week');
    expect(event?.description).toContain('Open the note: obsidian://open?vault=Work%20notes&file=Jobs%2FJane%20Doe');
    expect(event?.uid).toBe('Work%20notes/Jobs%2FJane%20Doe.md@pleasantly-persistent');
    expect(event?.component.getFirstPropertyValue('url')).toBe('obsidian://open?vault=Work%20notes&file=Jobs%2FJane%20Doe');
    expect(event?.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-25T06:30:05Z');
    expect(event?.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('action')).toBe('DISPLAY');
  });

  it('uses CRLF only, folds every line to at most 75 octets, and escapes TEXT', () => {
    const long = contact('Sales/Åsa Öberg.md').name(`Åsa Öberg ${'✓'.repeat(40)}`).contacted('2026-11-18 15:00').build();
    const text = feed([jane, long]);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const encoder = new TextEncoder();
    for (const line of text.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(text).toContain('SUMMARY:Follow up with Jane Doe\\, PhD\\; "the designer" (follow-up 2 of 3)');
    expect(text).toMatch(/DESCRIPTION:Follow-up 2 of 3\.\\nWhy: /);
    expect(events(text).map((e) => e.summary)).toContain(`Follow up with Åsa Öberg ${'✓'.repeat(40)} (follow-up 1 of 3)`);
  });

  it('keeps the UID when the note changes, so re-importing updates the event', () => {
    const later = { ...jane, contacted: [...jane.contacted, { day: '2026-11-26', time: '12:05', raw: '2026-11-26 12:05' }] };
    const [before] = events(feed([jane]));
    const [after] = events(feed([later], { stamp: '20261126T120600Z' }));
    expect(after?.uid).toBe(before?.uid);
    expect(after?.sequence).toBeGreaterThan(before?.sequence ?? 0);
    expect(after?.startDate.toString()).not.toBe(before?.startDate.toString());
  });

  it('never lists a stopped, paused or replied contact, nor one due after the window', () => {
    const closed = (['stopped', 'paused', 'replied'] as const).map((s) => contact(`${s}.md`).state(s).contacted('2026-11-18 09:00').build());
    const checkIn = { ...contact('checkin.md').state('replied').contacted('2026-10-01').build(), replied: '2026-10-02', afterReply: { amount: 8, unit: 'week' as const } };
    const far = contact('far.md').cadence('8w').contacted('2026-11-18 09:00').build();
    expect(events(feed([...closed, checkIn, far]))).toEqual([]);
    expect(events(feed([far], { days: 90 })).map((e) => e.uid)).toEqual(['Work%20notes/far.md@pleasantly-persistent']);
  });

  it('puts an overdue follow-up on today, at its slot, and says since when it is due', () => {
    const late = contact('late.md').contacted('2026-11-02 15:00').build();
    const [event] = events(feed([late]));
    expect(event?.startDate.toString()).toBe('2026-11-25T09:00:00');
    expect(event?.description).toContain('due 2026-11-10, overdue');
  });

  it('follows the slot times it is given', () => {
    const [event] = events(feed([jane], { slotTimes: { morning: '07:45', midday: '11:30', afternoon: '16:00' } }));
    expect(event?.startDate.toString()).toBe('2026-11-26T11:30:00');
  });
});
