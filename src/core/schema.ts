/**
 * Frontmatter -> Contact. Takes the plain object that Obsidian's metadata cache (dates as
 * strings) or a YAML library (bare dates as UTC-midnight Dates) hands over, and returns a
 * contact or every problem found, each with path, key, value and what was expected.
 */
import { parseCadence } from './cadence';
import { compareOutreach, parseOutreach } from './outreach';
import type { Contact, Day, FollowupState, Language, Outreach, Problem } from './types';

export type ReadResult = { ok: true; contact: Contact } | { ok: false; problems: Problem[] };

const STATES: readonly FollowupState[] = ['active', 'paused', 'replied', 'stopped'];

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

export function readContact(path: string, fm: Record<string, unknown>): ReadResult {
  const problems: Problem[] = [];
  const problem = (key: string, value: unknown, expected: string): void => {
    problems.push({ path, key, value, message: `${expected}; found ${showValue(value)}` });
  };

  /** A single line of text; numbers are accepted as text (a topic may be "2026"). */
  const text = (key: string): string | null => {
    const v = fm[key];
    if (isBlank(v)) return null;
    if (typeof v === 'string') return v.trim();
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    problem(key, v, `\`${key}\` should be a text`);
    return null;
  };

  /** A list of texts; a single text is one item (or, with `splitCommas`, comma-separated items). */
  const list = (key: string, splitCommas: boolean): string[] => {
    const v = fm[key];
    if (isBlank(v)) return [];
    const items = Array.isArray(v) ? v : [v];
    const out: string[] = [];
    for (const item of items) {
      if (isBlank(item)) continue;
      if (typeof item !== 'string' && typeof item !== 'number') {
        problem(key, v, `\`${key}\` should be a list of texts`);
        return [];
      }
      const parts = splitCommas && typeof item === 'string' && !Array.isArray(v) ? item.split(',') : [String(item)];
      out.push(...parts.map((p) => p.trim()).filter((p) => p !== ''));
    }
    return out;
  };

  const state = readState(fm.followup, problem);
  const name = text('name') ?? noteName(path);
  const email = text('email');
  if (email !== null && !/^[^\s@]+@[^\s@]+$/.test(email)) problem('email', fm.email, '`email` should be an address like jane@example.com');
  const context = (text('context') ?? 'generic').toLowerCase();
  const topic = text('topic');
  const contacted = readContacted(fm.contacted, problem);

  let cadence: number[] | null = null;
  if (!isBlank(fm.cadence)) {
    const parsed = parseCadence(fm.cadence);
    if (parsed.ok) cadence = parsed.days;
    else problem('cadence', fm.cadence, parsed.message);
  }

  const snooze = readSnooze(fm.snooze, problem);
  const language = readLanguage(fm.language, problem);
  const interests = list('interests', true);
  const hooks = list('hooks', false);

  if (problems.length > 0 || state === null) return { ok: false, problems };
  return {
    ok: true,
    contact: { path, name, state, email, context, topic, contacted, cadence, interests, hooks, snooze, language },
  };
}

type Report = (key: string, value: unknown, message: string) => void;

function readState(v: unknown, problem: Report): FollowupState | null {
  if (v === true) return 'active';
  const s = typeof v === 'string' ? v.trim().toLowerCase() : null;
  const state = STATES.find((x) => x === s);
  if (state) return state;
  problem('followup', v, '`followup` should be active, paused, replied or stopped (or true for active)');
  return null;
}

function readContacted(v: unknown, problem: Report): Outreach[] {
  if (isBlank(v)) return [];
  const items = Array.isArray(v) ? v : [v];
  const out: Outreach[] = [];
  for (const item of items) {
    if (isBlank(item)) continue;
    const o = parseOutreach(item);
    if (o === null) {
      problem('contacted', item, '`contacted` items should be dates like 2026-11-04 or 2026-11-04 09:10 (or ISO date-times)');
      continue;
    }
    out.push(o);
  }
  return out.sort(compareOutreach);
}

function readSnooze(v: unknown, problem: Report): Day | null {
  if (isBlank(v)) return null;
  const o = parseOutreach(v);
  if (o === null) {
    problem('snooze', v, '`snooze` should be a date like 2026-12-01');
    return null;
  }
  return o.day;
}

function readLanguage(v: unknown, problem: Report): Language | null {
  if (isBlank(v)) return null;
  const s = typeof v === 'string' ? v.trim().toLowerCase() : '';
  if (s === 'en' || s === 'sv') return s;
  problem('language', v, '`language` should be en or sv');
  return null;
}
