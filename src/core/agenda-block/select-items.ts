/** Which agenda items a block shows: its buckets and context, due within its range. */
import type { Agenda, AgendaItem } from '../agenda';
import { addDaysWithin } from '../calendar';
import type { BlockOptions } from './block-options';

export function selectItems(agenda: Agenda, options: BlockOptions): AgendaItem[] {
  // A range past 9999-12-31 ends there (a daily note may be dated near it).
  const last = addDaysWithin(agenda.today, options.rangeDays);
  return agenda.items.filter(
    ({ contact, plan }) =>
      plan.due !== null &&
      plan.bucket !== null &&
      plan.due <= last &&
      options.show.has(plan.bucket) &&
      (options.context === null || contact.context === options.context),
  );
}
