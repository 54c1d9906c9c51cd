/** Days in words for the agenda: "Mon 23 Nov (2 days ago)", in the core's one vocabulary. */
import type { Day } from '../../core/types';
import { formatDay, longDay, relativeDay } from '../../core/words';

export { longDay, relativeDay };

export function dueText(day: Day, today: Day): string {
  return `${formatDay(day, today)} (${relativeDay(day, today)})`;
}
