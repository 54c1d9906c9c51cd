/** What every surface's "N follow-ups due" counts: today's and overdue follow-ups. */
import type { Agenda } from './agenda';

export function dueCount(agenda: Agenda): number {
  return agenda.items.filter(({ plan }) => plan.bucket === 'overdue' || plan.bucket === 'today').length;
}

export function dueCountText(count: number): string {
  return count === 1 ? '1 follow-up due' : `${count} follow-ups due`;
}
