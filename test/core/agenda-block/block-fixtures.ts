/** Agenda-block views for the rendering tests: every branch (overdue, due, no slot, no step, empty, problems, another day). */
import { buildAgenda } from '../../../src/core/agenda';
import { parseBlockOptions } from '../../../src/core/agenda-block/block-options';
import { selectItems } from '../../../src/core/agenda-block/select-items';
import type { AgendaBlockView } from '../../../src/core/agenda-block/block-rows';
import { readContact } from '../../../src/core/schema';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';

const CONTACTS = [
  readContact('Jobs/Jane <b>Doe</b>.md', { followup: 'active', name: 'Jane <b>Doe</b>', context: 'job', contacted: ['2026-11-04 09:10', '2026-11-11 14:30'] }),
  readContact('Sales/Ali & Co.md', { followup: 'active', context: 'sales', contacted: ['2026-11-20 10:00'] }),
  readContact('Net/Sam.md', { followup: 'active', contacted: ['2026-11-24 16:00'] }),
  readContact('Net/Old.md', { followup: 'active', context: 'networking', contacted: ['2026-10-01 09:00', '2026-10-08 09:00', '2026-10-22 09:00', '2026-11-05 09:00'] }),
];

export function blockView(source: string, day: string, realToday: string, problemCount = 0): AgendaBlockView {
  const parsed = parseBlockOptions(source);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const agenda = buildAgenda(CONTACTS, DEFAULT_SETTINGS, day);
  return { day, realToday, options: parsed.options, items: selectItems(agenda, parsed.options), askAfter: DEFAULT_SETTINGS.askAfter, problemCount };
}

/** The views the pins cover: a full list today, another day with two problems, and an empty range. */
export const VIEWS = {
  full: blockView('range: 2w', '2026-11-25', '2026-11-25', 1),
  asOf: blockView('range: 7d\ncontext: job', '2026-11-18', '2026-11-25', 2),
  empty: blockView('range: today\ncontext: nobody', '2026-11-25', '2026-11-25'),
};
