// Reminder decisions from the agenda and a wall time: the day's digest and the slot reminders.
import { describe, expect, it } from 'vitest';
import { buildAgenda } from '../../src/core/agenda';
import { digestDue, dueDigest, slotReminderDue } from '../../src/core/reminders';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { Contact } from '../../src/core/types';
import { contact, settings } from './builders';

const TODAY = '2026-11-25';
const agenda = (contacts: Contact[]) => buildAgenda(contacts.map((c) => ({ ok: true as const, contact: c })), settings(), TODAY).items;
// Due today: last message Tue 17 Nov + 1 week is a Tuesday again, so Wed 25 Nov.
const dueToday = (name: string, time: string): Contact => contact(`${name}.md`).name(name).contacted(`2026-11-17 ${time}`).build();
const overdue = (name: string): Contact => contact(`${name}.md`).name(name).contacted('2026-11-02 15:00').build();
const SLOTS = DEFAULT_SETTINGS.slotTimes;

describe('dueDigest', () => {
  it('counts today and overdue in plain words, and is null when nothing is due', () => {
    const items = agenda([dueToday('Ann', '15:00'), dueToday('Bo', '15:00'), dueToday('Cy', '09:00'), overdue('Di')]);
    expect(items.filter((i) => i.plan.bucket === 'today')).toHaveLength(3);
    expect(dueDigest(items)).toEqual({ today: 3, overdue: 1, text: '3 follow-ups due today, 1 overdue' });
    expect(dueDigest(agenda([overdue('Di')]))?.text).toBe('1 follow-up overdue');
    expect(dueDigest(agenda([dueToday('Ann', '15:00')]))?.text).toBe('1 follow-up due today');
    expect(dueDigest(agenda([contact('x.md').contacted('2026-11-24').build()]))).toBeNull();
  });

  it('is due once a day', () => {
    expect(digestDue(null, { day: TODAY, time: '08:00' })).toBe(true);
    expect(digestDue(TODAY, { day: TODAY, time: '23:59' })).toBe(false);
    expect(digestDue(TODAY, { day: '2026-11-26', time: '00:00' })).toBe(true);
  });
});

describe('slotReminderDue', () => {
  // After a 15:00 message the free part is the morning; after 09:00, midday.
  const items = agenda([dueToday('Ann', '15:00'), dueToday('Bo', '15:00'), dueToday('Cy', '09:00'), overdue('Di')]);

  it('fires at the slot time with the names in that slot, once per key', () => {
    expect(slotReminderDue(items, { day: TODAY, time: '08:59' }, SLOTS, new Set())).toBeNull();
    const morning = slotReminderDue(items, { day: TODAY, time: '09:00' }, SLOTS, new Set());
    expect(morning).toEqual({ key: `${TODAY} morning`, part: 'morning', names: ['Di', 'Ann', 'Bo'], text: 'Time to follow up with Di, Ann and Bo (this morning)' });
    expect(slotReminderDue(items, { day: TODAY, time: '09:10' }, SLOTS, new Set([`${TODAY} morning`]))).toBeNull();
    expect(slotReminderDue(items, { day: TODAY, time: '12:29' }, SLOTS, new Set())?.names).toEqual(['Cy']);
  });

  it('stays quiet after the window, and for a part of the day with nobody in it', () => {
    expect(slotReminderDue(items, { day: TODAY, time: '09:30' }, SLOTS, new Set())).toBeNull();
    expect(slotReminderDue(items, { day: TODAY, time: '15:00' }, SLOTS, new Set())).toBeNull();
  });

  it('follows configured slot times and shortens a long list', () => {
    const many = agenda(['A', 'B', 'C', 'D', 'E'].map((n) => dueToday(n, '15:00')));
    const r = slotReminderDue(many, { day: TODAY, time: '07:05' }, { ...SLOTS, morning: '07:00' }, new Set());
    expect(r?.text).toBe('Time to follow up with A, B and 3 more (this morning)');
  });
});
