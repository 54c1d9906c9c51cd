/** What an agenda block shows, as plain data, for the adapters that draw it. */
import type { AgendaItem } from '../agenda';
import type { Day } from '../types';
import type { BlockOptions } from './block-options';

export interface AgendaBlockView {
  /** The block's day and the real today: another day (a past daily note) reads "as of …". */
  day: Day;
  realToday: Day;
  options: BlockOptions;
  items: AgendaItem[];
  askAfter: number;
  problemCount: number;
}
