/**
 * The options of a `followups` code block, one `key: value` per line:
 * range (7d, 2w, today), context, show (overdue, today, week, later) and date (YYYY-MM-DD).
 */
import { parseOutreach } from '../outreach';
import type { Bucket, Day } from '../types';

export interface BlockOptions {
  /** Days after "today" to include; 0 for today only. */
  rangeDays: number;
  rangeText: string;
  context: string | null;
  show: ReadonlySet<Bucket>;
  date: Day | null;
}

export type ParsedOptions = { ok: true; options: BlockOptions } | { ok: false; errors: string[] };

const BUCKETS: readonly Bucket[] = ['overdue', 'today', 'week', 'later'];
const KEYS = ['range', 'context', 'show', 'date'];

/** `7d`, `2w`, `10 days`, `1 week`, `today`; null when it is none of those. */
export function parseRange(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (t === 'today') return 0;
  const m = /^(\d{1,4})\s*(d|days?|w|weeks?)$/.exec(t);
  if (!m) return null;
  const n = Number(m[1]);
  return m[2]?.startsWith('w') ? n * 7 : n;
}

export function parseBlockOptions(source: string): ParsedOptions {
  const errors: string[] = [];
  const options: BlockOptions = { rangeDays: 7, rangeText: '7d', context: null, show: new Set(BUCKETS), date: null };
  for (const [i, raw] of source.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    const key = colon < 0 ? line.toLowerCase() : line.slice(0, colon).trim().toLowerCase();
    const value = colon < 0 ? '' : line.slice(colon + 1).trim();
    const where = `Line ${i + 1}`;
    if (!KEYS.includes(key)) {
      errors.push(`${where}: unknown option "${key}"; use ${KEYS.join(', ')}.`);
    } else if (key === 'range') {
      const days = parseRange(value);
      if (days === null) errors.push(`${where}: range "${value}" is not like 7d, 2w or today.`);
      else Object.assign(options, { rangeDays: days, rangeText: value });
    } else if (key === 'context') {
      options.context = value === '' ? null : value.toLowerCase();
    } else if (key === 'show') {
      const names = value.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
      const bad = names.filter((s) => !BUCKETS.some((b) => b === s));
      if (bad.length > 0 || names.length === 0) {
        errors.push(`${where}: show "${value}" should list some of ${BUCKETS.join(', ')}.`);
      } else options.show = new Set(BUCKETS.filter((b) => names.includes(b)));
    } else {
      const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseOutreach(value)?.day : undefined;
      if (day === undefined) errors.push(`${where}: date "${value}" is not a real date like 2026-11-25.`);
      else options.date = day;
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, options };
}
