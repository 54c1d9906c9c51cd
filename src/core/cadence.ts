/**
 * Cadence: the gaps, in days, before follow-up 1, 2, …; the last gap repeats.
 * Accepts `1w, 1w, 2w`, `weekly then biweekly`, `10 days`, a YAML list of those, or bare numbers
 * of days.
 */

export type CadenceResult = { ok: true; days: number[] } | { ok: false; message: string };

export const CADENCE_FORMS =
  'gaps separated by commas or "then": Nd, Nw, N days, N weeks, weekly, biweekly, fortnightly, every other week, monthly (e.g. "1w, 1w, 2w")';

const WORDS: Record<string, number> = {
  weekly: 7,
  biweekly: 14,
  'bi-weekly': 14,
  fortnightly: 14,
  'every other week': 14,
  'every two weeks': 14,
  monthly: 30,
  daily: 1,
};

const GAP_RE = /^(\d+)\s*(d|day|days|w|wk|wks|week|weeks)?$/;

/** One gap in days, or null. */
function parseGap(token: string): number | null {
  const t = token.trim().toLowerCase().replace(/\s+/g, ' ');
  const word = WORDS[t];
  if (word !== undefined) return word;
  const m = GAP_RE.exec(t);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = m[2] ?? 'd';
  const days = unit.startsWith('w') ? n * 7 : n;
  return days >= 1 && days <= 3650 ? days : null;
}

function fail(detail: string): CadenceResult {
  return { ok: false, message: `${detail}; expected ${CADENCE_FORMS}` };
}

/** A phrase for a message, kept short: a huge value must not make a huge message. */
const quote = (phrase: string): string => `"${phrase.length > 60 ? `${phrase.slice(0, 57)}...` : phrase}"`;

/**
 * The gaps of one comma-separated part: `weekly then biweekly` is two. When a piece between
 * "then"s is not a gap, the whole part is named, so "now and then" is reported as written.
 */
function partGaps(part: string, days: number[]): string | null {
  const pieces = part
    .split(/\bthen\b/i)
    .map((t) => t.trim())
    .filter((t) => t !== '');
  for (const piece of pieces) {
    const gap = parseGap(piece);
    if (gap === null) return `${quote(part.trim().replace(/\s+/g, ' '))} is not a gap`;
    days.push(gap);
  }
  return null;
}

export function parseCadence(value: unknown): CadenceResult {
  let parts: string[];
  if (typeof value === 'number') parts = [String(value)];
  else if (typeof value === 'string') parts = value.split(',');
  else if (Array.isArray(value)) {
    if (!value.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return fail('a cadence list may hold only texts like "1w" or numbers of days');
    }
    parts = value.flatMap((v) => String(v).split(','));
  } else return fail('a cadence must be a text or a list');

  const days: number[] = [];
  for (const part of parts) {
    const error = partGaps(part, days);
    if (error !== null) return fail(error);
  }
  if (days.length === 0) return fail('the cadence is empty');
  return { ok: true, days };
}

/** The short form: whole weeks as `Nw`, anything else as `Nd`: `[7, 7, 14]` -> `1w, 1w, 2w`. */
export function formatCadence(days: readonly number[]): string {
  return days.map((d) => (d % 7 === 0 ? `${d / 7}w` : `${d}d`)).join(', ');
}

/** Gaps in plain words: 7 -> "1 week", 10 -> "10 days". */
export function describeGap(days: number): string {
  if (days > 0 && days % 7 === 0) return days === 7 ? '1 week' : `${days / 7} weeks`;
  return days === 1 ? '1 day' : `${days} days`;
}

/** Ready-made cadences for pickers, with the default first. */
export const CADENCE_PRESETS: readonly { label: string; value: string }[] = [
  { label: 'Weekly, then every other week (recommended)', value: '1w, 1w, 2w' },
  { label: 'Weekly', value: '1w' },
  { label: 'Every other week', value: '2w' },
  { label: 'Weekly once, then every other week', value: '1w, 2w' },
  { label: 'Every other week, then monthly', value: '2w, 30d' },
  { label: 'Monthly', value: '30d' },
];
