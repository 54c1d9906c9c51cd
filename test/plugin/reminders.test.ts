// Reminders over the real index with a fake clock: the digest once a day (at start and at a new
// day), the slot notification once per slot, both off by default, and gone after unload.
import { Component } from 'obsidian';
import { describe, expect, it, vi } from 'vitest';
import { REMINDER_TICK_MS, startReminders, type ReminderOutput } from '../../src/plugin/reminders/reminders';
import { obsidianReminderOutput } from '../../src/plugin/reminders/reminder-output';
import { CHANGED_DEBOUNCE_MS } from '../../src/plugin/contact-index';
import { useFakeTimersPerTest } from './support/fake-timers';
import { recordNotices } from './support/notices';
import { createTestContext } from './support/test-context';
import type { Settings } from '../../src/core/settings';

useFakeTimersPerTest();

// Wed 25 Nov 2026: Ann and Bo due today (last Tue 17 Nov, 15:00 -> morning slot), Cy due today
// (09:00 -> midday), Di overdue since 10 Nov (15:00 -> morning), Ed not due.
const FILES = {
  'Ann.md': '---\nfollowup: active\ncontacted: [2026-11-17 15:00]\n---\n',
  'Bo.md': '---\nfollowup: active\ncontacted: [2026-11-17 15:10]\n---\n',
  'Cy.md': '---\nfollowup: active\ncontacted: [2026-11-17 09:00]\n---\n',
  'Di.md': '---\nfollowup: active\ncontacted: [2026-11-02 15:00]\n---\n',
  'Ed.md': '---\nfollowup: active\ncontacted: [2026-11-24 15:00]\n---\n',
};

function mount(settings: Partial<Settings>, at: Date) {
  const t = createTestContext({ files: FILES, settings, now: at });
  const host = new Component();
  host.load();
  const notices: string[] = [];
  const notified: string[] = [];
  const out: ReminderOutput = {
    notice: (text, show) => {
      notices.push(text);
      show();
    },
    notify: (text) => notified.push(text),
  };
  let ready = true;
  const check = startReminders(host, t.ctx, out, () => ready);
  return { ...t, host, notices, notified, check, setReady: (r: boolean) => (ready = r) };
}

const at = (day: number, h: number, m: number): Date => new Date(2026, 10, day, h, m);

describe('reminders', () => {
  it('say nothing by default', () => {
    const m = mount({}, at(25, 9, 0));
    vi.advanceTimersByTime(REMINDER_TICK_MS * 10);
    expect([m.notices, m.notified]).toEqual([[], []]);
  });

  it('show the digest once at start, and again when a new day begins', () => {
    const m = mount({ remindOnStart: true }, at(25, 8, 0));
    expect(m.notices).toEqual(['3 follow-ups due today, 1 overdue']);
    expect(m.ctx.activateView).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(REMINDER_TICK_MS * 4);
    expect(m.notices).toHaveLength(1);
    m.setNow(at(26, 0, 1));
    vi.advanceTimersByTime(REMINDER_TICK_MS);
    expect(m.notices).toEqual(['3 follow-ups due today, 1 overdue', '4 follow-ups overdue']);
  });

  it('wait for the index to be ready before the first digest', () => {
    const t = createTestContext({ files: FILES, settings: { remindOnStart: true }, now: at(25, 8, 0) });
    const shown: string[] = [];
    let ready = false;
    startReminders(t.host, t.ctx, { notice: (x) => shown.push(x), notify: () => undefined }, () => ready);
    expect(shown).toEqual([]);
    ready = true;
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + 1);
    vi.advanceTimersByTime(REMINDER_TICK_MS);
    expect(shown).toEqual(['3 follow-ups due today, 1 overdue']);
  });

  it('notify at each slot time once, with the names in that slot', () => {
    const m = mount({ remindAtSlot: true }, at(25, 8, 59));
    vi.advanceTimersByTime(REMINDER_TICK_MS);
    expect(m.notified).toEqual([]);
    m.setNow(at(25, 9, 0));
    vi.advanceTimersByTime(REMINDER_TICK_MS * 3);
    expect(m.notified).toEqual(['Time to follow up with Di, Ann and Bo (this morning)']);
    m.setNow(at(25, 12, 10));
    vi.advanceTimersByTime(REMINDER_TICK_MS);
    m.setNow(at(25, 15, 0));
    vi.advanceTimersByTime(REMINDER_TICK_MS);
    expect(m.notified).toEqual(['Time to follow up with Di, Ann and Bo (this morning)', 'Time to follow up with Cy (around midday)']);
  });

  it('follow the configured slot times, read at each tick', async () => {
    const m = mount({ remindAtSlot: true }, at(25, 7, 30));
    vi.advanceTimersByTime(REMINDER_TICK_MS);
    expect(m.notified).toEqual([]);
    await m.ctx.saveSettings({ ...m.ctx.settings(), slotTimes: { morning: '07:30', midday: '12:00', afternoon: '15:00' } });
    vi.advanceTimersByTime(REMINDER_TICK_MS);
    expect(m.notified).toHaveLength(1);
  });

  it('stop when the host unloads', () => {
    const m = mount({ remindAtSlot: true, remindOnStart: true }, at(25, 8, 0));
    expect(m.notices).toHaveLength(1);
    m.host.unload();
    m.setNow(at(26, 9, 0));
    vi.advanceTimersByTime(REMINDER_TICK_MS * 4);
    expect([m.notices.length, m.notified]).toEqual([1, []]);
  });
});

describe('obsidianReminderOutput', () => {
  it('shows a notice with a Show button that opens the view', () => {
    const shown: string[] = [];
    recordNotices(shown);
    const show = vi.fn();
    obsidianReminderOutput.notice('2 follow-ups due today', show);
    expect(shown).toEqual(['2 follow-ups due today — Show']);
  });

  it('falls back to a notice when system notifications are not allowed', () => {
    const shown: string[] = [];
    recordNotices(shown);
    obsidianReminderOutput.notify('Time to follow up with Ann (this morning)', () => undefined);
    expect(shown).toEqual(['Time to follow up with Ann (this morning) — Show']);
  });
});
