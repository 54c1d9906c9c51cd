/**
 * `after-reply`: the light check-in a keep-in-touch user wants after a real reply, instead of
 * going quiet forever. `3mo`, `3 months`, `check in in 3 months`, `6w`, `90d`, `1y` (and the
 * Swedish `3 månader`, `6 veckor`). The check-in is due that long after the later of the reply
 * and the last message sent, so each logged check-in starts the next wait. Stopped stays stopped:
 * only a `replied` contact is planned here.
 */
import { addDaysTo, isValidDay } from './calendar';
import type { Day } from './types';

export interface AfterReply {
  amount: number;
  unit: 'day' | 'week' | 'month' | 'year';
}

export const AFTER_REPLY_FORMS = 'a wait like 3mo, 3 months, check in in 3 months, 6w, 90d or 1y';

const UNITS: Record<string, AfterReply['unit']> = {
  d: 'day', day: 'day', days: 'day', dag: 'day', dagar: 'day',
  w: 'week', wk: 'week', week: 'week', weeks: 'week', v: 'week', vecka: 'week', veckor: 'week',
  mo: 'month', mon: 'month', month: 'month', months: 'month', m: 'month', mån: 'month', månad: 'month', månader: 'month',
  y: 'year', yr: 'year', year: 'year', years: 'year', år: 'year',
};

const FORM = /^(?:(?:check[- ]in|checka in|hör av dig)\s+(?:in|after|om|efter)\s+|(?:in|after|om|efter)\s+)?(\d{1,3})\s*([a-zåäö]+)$/u;

export type AfterReplyResult = { ok: true; value: AfterReply } | { ok: false; message: string };

export function parseAfterReply(value: unknown): AfterReplyResult {
  const text = typeof value === 'number' ? `${value}d` : typeof value === 'string' ? value.trim().toLowerCase().replace(/\s+/gu, ' ') : null;
  const m = text === null ? null : FORM.exec(text);
  const unit = m ? UNITS[m[2] ?? ''] : undefined;
  const amount = Number(m?.[1]);
  if (!m || unit === undefined || amount < 1) return { ok: false, message: `\`after-reply\` should be ${AFTER_REPLY_FORMS}` };
  return { ok: true, value: { amount, unit } };
}

/** `from` plus the wait; a month from 31 January is the last day of February. */
export function addAfterReply(from: Day, wait: AfterReply): Day {
  if (wait.unit === 'day') return addDaysTo(from, wait.amount);
  if (wait.unit === 'week') return addDaysTo(from, wait.amount * 7);
  const months = wait.amount * (wait.unit === 'year' ? 12 : 1);
  const y0 = Number(from.slice(0, 4));
  const total = Number(from.slice(5, 7)) - 1 + months;
  const y = y0 + Math.floor(total / 12);
  const m = (total % 12) + 1;
  let d = Number(from.slice(8, 10));
  while (d > 28 && !isValidDay(y, m, d)) d--;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** `3 months`, `1 week`. */
export function describeAfterReply(wait: AfterReply): string {
  return `${wait.amount} ${wait.unit}${wait.amount === 1 ? '' : 's'}`;
}
