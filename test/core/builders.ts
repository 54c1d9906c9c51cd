/**
 * Fluent builders for test data, plus a calendar that does not share code with src/core: tests
 * compute expected days with it (or by hand), never with the code under test.
 */
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import type { Contact, Day, FollowupState, Language, Outreach } from '../../src/core/types';

/** `2026-11-04` or `2026-11-04 09:10` as an Outreach, read by hand (no parser under test). */
export function outreach(text: string): Outreach {
  const m = /^(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2}))?$/.exec(text);
  if (!m?.[1]) throw new Error(`builder: write outreaches as YYYY-MM-DD[ HH:mm], not ${text}`);
  return { day: m[1], time: m[2] ?? null, raw: text };
}

/** `1w` / `10d` / a number of days, read by hand. */
function gapDays(gap: string | number): number {
  if (typeof gap === 'number') return gap;
  const m = /^(\d+)([dw])$/.exec(gap);
  if (!m) throw new Error(`builder: write gaps as Nd or Nw, not ${gap}`);
  return Number(m[1]) * (m[2] === 'w' ? 7 : 1);
}

export class ContactBuilder {
  private readonly c: Contact;

  constructor(path: string) {
    this.c = {
      path,
      name: path.replace(/^.*\//, '').replace(/\.md$/, ''),
      state: 'active',
      email: null,
      context: 'generic',
      topic: null,
      contacted: [],
      cadence: null,
      interests: [],
      hooks: [],
      snooze: null,
      language: null,
    };
  }

  name(name: string): this {
    this.c.name = name;
    return this;
  }
  state(state: FollowupState): this {
    this.c.state = state;
    return this;
  }
  /** Outreaches in any order; they are sorted oldest first, as readContact does. */
  contacted(...items: string[]): this {
    this.c.contacted = items.map(outreach).sort((a, b) => (a.raw < b.raw ? -1 : a.raw > b.raw ? 1 : 0));
    return this;
  }
  cadence(...gaps: Array<string | number>): this {
    this.c.cadence = gaps.flatMap((g): Array<string | number> => (typeof g === 'string' ? g.split(/,\s*/) : [g])).map(gapDays);
    return this;
  }
  snooze(day: Day | null): this {
    this.c.snooze = day;
    return this;
  }
  email(email: string): this {
    this.c.email = email;
    return this;
  }
  context(context: string): this {
    this.c.context = context;
    return this;
  }
  topic(topic: string): this {
    this.c.topic = topic;
    return this;
  }
  interests(...interests: string[]): this {
    this.c.interests = interests;
    return this;
  }
  hooks(...hooks: string[]): this {
    this.c.hooks = hooks;
    return this;
  }
  language(language: Language): this {
    this.c.language = language;
    return this;
  }
  build(): Contact {
    return { ...this.c, contacted: [...this.c.contacted], cadence: this.c.cadence && [...this.c.cadence] };
  }
}

export const contact = (path = 'Contacts/Jane Doe.md'): ContactBuilder => new ContactBuilder(path);

/** The default settings with a fresh cadence array, plus overrides. */
export const settings = (overrides: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  cadence: [...DEFAULT_SETTINGS.cadence],
  ...overrides,
});

// An independent calendar on UTC day numbers (1970-01-01 was a Thursday).
export function dayNumber(day: Day): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
}
export function dayFromNumber(n: number): Day {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}
/** 0 = Sunday … 6 = Saturday. */
export const weekdayNumber = (day: Day): number => (((dayNumber(day) + 4) % 7) + 7) % 7;
export const plusDays = (day: Day, n: number): Day => dayFromNumber(dayNumber(day) + n);
