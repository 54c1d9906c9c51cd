/** The local wall clock, read once per action or render: the core never reads a clock itself. */
import type { Now } from '../core/actions/types';
import { dateToDay } from '../core/calendar';
import type { Day } from '../core/types';

export function today(): Day {
  return dateToDay(new Date());
}

export function now(): Now {
  const d = new Date();
  const time = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return { day: dateToDay(d), time };
}
