/**
 * Upcoming follow-ups as an iCalendar feed (RFC 5545): one event per scheduled contact at its
 * slot, with the step, the why and a link back to the note, and a display alarm, so a calendar
 * app on a phone can remind without a server. The UID is the note's path: re-importing or
 * re-subscribing updates each contact's event instead of adding one. Only contacts that are
 * active in their note appear; stopped, paused and replied never do.
 */
import type { AgendaItem } from '../agenda';
import { addDaysTo } from '../calendar';
import type { SlotTimes } from '../settings';
import type { Day } from '../types';
import { stepLabel } from '../words';
import { escapeText, joinLines } from './ics-text';


export interface CalendarOptions {
  today: Day;
  /** Follow-ups due up to this many days after today; overdue ones are shown today. */
  days: number;
  slotTimes: SlotTimes;
  askAfter: number;
  /** The moment the feed is made, as UTC `YYYYMMDDTHHmmssZ` (the core has no clock). */
  stamp: string;
  /** Names the vault in UIDs, so two vaults' feeds never collide. */
  vaultName: string;
  /** The link back to a note (an obsidian:// or file:// URL), from its vault-relative path. */
  linkTo: (path: string) => string;
  /** Event length in minutes. */
  minutes?: number;
}

const compact = (day: Day, time: string): string => `${day.replace(/-/g, '')}T${time.replace(':', '')}00`;

function plusMinutes(time: string, minutes: number): string {
  const total = Math.min(23 * 60 + 59, Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export function eventUid(vaultName: string, path: string): string {
  return `${encodeURIComponent(vaultName)}/${encodeURIComponent(path)}@pleasantly-persistent`;
}

export function followUpsCalendar(items: readonly AgendaItem[], o: CalendarOptions): string {
  const last = addDaysTo(o.today, o.days);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Pleasantly Persistent//followups//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`Follow-ups (${o.vaultName})`)}`,
  ];
  for (const { contact, plan } of items) {
    if (contact.state !== 'active' || plan.state !== 'scheduled' || plan.due === null || plan.slot === null) continue;
    if (plan.due > last) continue;
    const overdue = plan.due < o.today;
    const day = overdue ? o.today : plan.due;
    const start = o.slotTimes[plan.slot.part];
    const step = stepLabel(plan, o.askAfter) ?? 'follow-up';
    const link = o.linkTo(contact.path);
    const description = [
      `${step[0]?.toUpperCase() ?? ''}${step.slice(1)}${overdue ? ` (due ${plan.due}, overdue)` : ''}.`,
      `Why: ${plan.why}`,
      `Open the note: ${link}`,
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${eventUid(o.vaultName, contact.path)}`,
      `DTSTAMP:${o.stamp}`,
      // Floating local time: 9:00 means 9:00 wherever the calendar is.
      `DTSTART:${compact(day, start)}`,
      `DTEND:${compact(day, plusMinutes(start, o.minutes ?? 15))}`,
      // Each logged message moves the contact to a new step: a newer version of the same event.
      `SEQUENCE:${contact.contacted.length}`,
      `SUMMARY:${escapeText(`Follow up with ${contact.name} (${step})`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `URL:${link}`,
      `CATEGORIES:${escapeText(contact.context)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(`Follow up with ${contact.name}`)}`,
      'TRIGGER:PT0M',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return joinLines(lines);
}

/** A Date as the UTC `YYYYMMDDTHHmmssZ` of DTSTAMP (for adapters, which own the clock). */
export function icsStamp(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}
