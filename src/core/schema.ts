/**
 * Frontmatter -> Contact. Takes the plain object that Obsidian's metadata cache (dates as
 * strings) or a YAML library (bare dates as UTC-midnight Dates) hands over, and returns a
 * contact or every problem found, each with path, key, value and what was expected.
 */
import { isDay } from './calendar';
import { parseAfterReply } from './after-reply';
import { parseCadence } from './cadence';
import { compareOutreach, parseOutreach } from './outreach';
import type { Contact, Day, FollowupState, Language, Outreach, Problem } from './types';

export type ReadResult = { ok: true; contact: Contact } | { ok: false; problems: Problem[] };

/** A note is a contact when its frontmatter has a `followup` key. */
export function isContactFrontmatter(frontmatter: unknown): frontmatter is Record<string, unknown> {
  return frontmatter !== null && typeof frontmatter === 'object' && !Array.isArray(frontmatter) && 'followup' in frontmatter;
}

/** The file name without folder and `.md`. */
export function noteName(path: string): string {
  const file = path.slice(path.lastIndexOf('/') + 1);
  return file.replace(/\.md$/i, '');
}

/** A value as the user would recognise it in a message, kept short. */
export function showValue(value: unknown): string {
  let shown: string;
  if (value instanceof Date) shown = Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString();
  else if (value === undefined) shown = 'nothing';
  else {
    let json: string | undefined;
    try {
      json = JSON.stringify(value);
    } catch {
      json = undefined;
    }
    // JSON gives nothing for symbols and functions and throws on BigInts and cycles; String()
    // would throw on a prototype-less object, so objects are named by their tag instead.
    shown = json ?? (typeof value === 'bigint' || typeof value === 'symbol' ? value.toString() : Object.prototype.toString.call(value));
  }
  return shown.length > 80 ? `${shown.slice(0, 77)}...` : shown;
}

const isBlank = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Where one read collects its problems; messages are built only when a problem is found. */
interface Reader {
  path: string;
  fm: Record<string, unknown>;
  problems: Problem[];
}

function report(r: Reader, key: string, value: unknown, expected: string): void {
  r.problems.push({ path: r.path, key, value, message: `${expected}; found ${showValue(value)}` });
}

/** A single line of text; numbers are accepted as text (a topic may be "2026"). */
function readText(r: Reader, key: string): string | null {
  const v = r.fm[key];
  if (isBlank(v)) return null;
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  report(r, key, v, `\`${key}\` should be a text`);
  return null;
}

/** A list of texts; a single text is one item (or, with `splitCommas`, comma-separated items). */
function readList(r: Reader, key: string, splitCommas: boolean): string[] {
  const v = r.fm[key];
  if (isBlank(v)) return [];
  const items = Array.isArray(v) ? (v as unknown[]) : [v];
  const out: string[] = [];
  for (const item of items) {
    if (isBlank(item)) continue;
    if (typeof item !== 'string' && typeof item !== 'number') {
      report(r, key, v, `\`${key}\` should be a list of texts`);
      return [];
    }
    if (splitCommas && typeof item === 'string' && !Array.isArray(v)) {
      for (const part of item.split(',')) pushTrimmed(out, part);
    } else pushTrimmed(out, String(item));
  }
  return out;
}

function pushTrimmed(out: string[], text: string): void {
  const t = text.trim();
  if (t !== '') out.push(t);
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+$/;

export function readContact(path: string, fm: Record<string, unknown>): ReadResult {
  const r: Reader = { path, fm, problems: [] };
  const problem: Report = (key, value, expected) => report(r, key, value, expected);

  const state = readState(fm.followup, problem);
  const name = readText(r, 'name') ?? noteName(path);
  const email = readText(r, 'email');
  if (email !== null && !EMAIL_RE.test(email)) report(r, 'email', fm.email, '`email` should be an address like jane@example.com');
  const context = (readText(r, 'context') ?? 'generic').toLowerCase();
  const topic = readText(r, 'topic');
  const contacted = readContacted(fm.contacted, problem);

  let cadence: number[] | null = null;
  if (!isBlank(fm.cadence)) {
    const parsed = parseCadence(fm.cadence);
    if (parsed.ok) cadence = parsed.days;
    else report(r, 'cadence', fm.cadence, parsed.message);
  }

  const snooze = readSnooze(fm.snooze, problem);
  const language = readLanguage(fm.language, problem);
  const interests = readList(r, 'interests', true);
  const hooks = readList(r, 'hooks', false);
  const replied = readDay(fm.replied, 'replied', problem);
  readReplyKind(fm['reply-kind'], problem);
  const afterReply = isBlank(fm['after-reply']) ? null : parseAfterReply(fm['after-reply']);
  if (afterReply && !afterReply.ok) report(r, 'after-reply', fm['after-reply'], afterReply.message);

  if (r.problems.length > 0 || state === null) return { ok: false, problems: r.problems };
  return {
    ok: true,
    contact: {
      path, name, state, email, context, topic, contacted, cadence, interests, hooks, snooze, language,
      // Only when the note has them, so a contact without replies reads exactly as before.
      ...(replied === null ? {} : { replied }),
      ...(afterReply?.ok ? { afterReply: afterReply.value } : {}),
    },
  };
}

type Report = (key: string, value: unknown, message: string) => void;

function readState(v: unknown, problem: Report): FollowupState | null {
  if (v === true) return 'active';
  const s = typeof v === 'string' ? v.trim().toLowerCase() : null;
  if (s === 'active' || s === 'paused' || s === 'replied' || s === 'stopped') return s;
  problem('followup', v, '`followup` should be active, paused, replied or stopped (or true for active)');
  return null;
}

function readContacted(v: unknown, problem: Report): Outreach[] {
  if (isBlank(v)) return [];
  const items = Array.isArray(v) ? (v as unknown[]) : [v];
  const out: Outreach[] = [];
  for (const item of items) {
    if (isBlank(item)) continue;
    const o = parseOutreach(item);
    if (o === null) {
      problem('contacted', item, '`contacted` items should be dates like 2026-11-04 or 2026-11-04 09:10 (or ISO date-times)');
      continue;
    }
    if (!isDay(o.day)) {
      problem('contacted', item, outOfYears('contacted', o.day));
      continue;
    }
    out.push(o);
  }
  return out.length > 1 ? out.sort(compareOutreach) : out;
}

function readSnooze(v: unknown, problem: Report): Day | null {
  if (isBlank(v)) return null;
  const o = parseOutreach(v);
  if (o === null) {
    problem('snooze', v, '`snooze` should be a date like 2026-12-01');
    return null;
  }
  if (!isDay(o.day)) {
    problem('snooze', v, outOfYears('snooze', o.day));
    return null;
  }
  return o.day;
}

/** A zoned time can land on another day here; that day must still have a four-digit year. */
const outOfYears = (key: string, day: Day): string =>
  `\`${key}\` should be a day in the years 0001-9999, but in this time zone it falls on ${showValue(day)}`;
function readDay(v: unknown, key: string, problem: Report): Day | null {
  if (isBlank(v)) return null;
  const o = parseOutreach(v);
  if (o === null) {
    problem(key, v, `\`${key}\` should be a date like 2026-11-20`);
    return null;
  }
  return o.day;
}

/** `reply-kind`, written by "Log reply": what their last answer was. */
function readReplyKind(v: unknown, problem: Report): void {
  if (isBlank(v)) return;
  const s = typeof v === 'string' ? v.trim().toLowerCase() : '';
  if (s !== 'reply' && s !== 'stop') problem('reply-kind', v, '`reply-kind` should be reply or stop');
}

function readLanguage(v: unknown, problem: Report): Language | null {
  if (isBlank(v)) return null;
  const s = typeof v === 'string' ? v.trim().toLowerCase() : '';
  if (s === 'en' || s === 'sv') return s;
  problem('language', v, '`language` should be en or sv');
  return null;
}
