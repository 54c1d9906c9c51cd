/**
 * Mechanical checks over the whole draft grid (see grid.ts): no placeholder leaks, weekday and
 * date words that match the send day, no article or preposition glued into a slot, the topic at
 * most once, no "Re:" subject, every value on one line, and every draft passes the tone check.
 */
import { describe, expect, it } from 'vitest';
import { checkTone } from '../../../src/core/tone';
import type { Language } from '../../../src/core/types';
import { plusDays, weekdayNumber } from '../builders';
import { grid, type GridCase } from './grid';

const WEEKDAYS: Record<Language, readonly string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  sv: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
};
const FALLBACKS: Record<Language, readonly string[]> = { en: ['my application', 'my last email'], sv: ['min ansökan', 'mitt förra mejl'] };
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const count = (text: string, phrase: string): number => text.split(phrase).length - 1;
const daysLeftInMonth = (day: string): number => {
  let n = 0;
  for (let d = plusDays(day, 1); d.slice(0, 7) === day.slice(0, 7); d = plusDays(d, 1)) n++;
  return n;
};

/** Every defect found in one draft, as readable lines (empty when clean). */
function defects(c: GridCase): string[] {
  const { draft: d } = c.details;
  const text = `${d.subject}\n${d.body}`;
  const out: string[] = [];
  const fail = (why: string): void => void out.push(why);

  // Placeholders and blanks.
  if (/\{\{|\}\}|\bundefined\b|\bnull\b|\bNaN\b/.test(text)) fail('placeholder or blank value leaked');
  if (/ [,.!?;:]|\n{3,}|[ \t]\n|^\s|\s$/.test(d.body)) fail('stray whitespace');
  if (d.subject.trim() === '') fail('empty subject');

  // The send day: the slot is the day it goes out, and every date word agrees with it.
  if (c.plan.slot?.date !== c.sendOn) fail(`slot ${c.plan.slot?.date} is not the send day ${c.sendOn}`);
  const sendWeekday = weekdayNumber(c.sendOn);
  WEEKDAYS[c.language].forEach((name, i) => {
    if (i !== sendWeekday && new RegExp(`\\b${name}\\b`, 'i').test(text)) fail(`names ${name}, but goes out on ${WEEKDAYS[c.language][sendWeekday]}`);
  });
  const friday = sendWeekday === 5;
  const weekend = sendWeekday === 0 || sendWeekday === 6;
  if (/rest of the week|fortsatt fin vecka/.test(text) && (friday || weekend)) fail('"rest of the week" at the end of the week');
  if (/good weekend|Trevlig helg/.test(text) && !friday) fail('weekend wish not on a Friday');
  if (/later this month|senare i månaden/.test(text) && daysLeftInMonth(c.sendOn) < 10) fail('"later this month" with little of it left');
  if (/new year|nyår/.test(text) && c.sendOn.slice(5, 7) !== '12') fail('"new year" outside December');
  if (/\b\d+ (days|dagar)\b/.test(d.body)) fail('counts days');
  if ((d.body.match(/a while|a few weeks|ett tag|några veckor/gi) ?? []).length > 1) fail('says how long it has been twice');

  // Names and topics.
  const greeting = d.body.split('\n')[0] ?? '';
  const expectedGreeting = c.language === 'en' ? /^Hi( \p{L}[\p{L}-]*)?,$/u : /^Hej( \p{L}[\p{L}-]*)?[,!]$/u;
  if (!expectedGreeting.test(greeting)) fail(`greeting "${greeting}"`);
  if (c.who.greets !== '' && !greeting.includes(` ${c.who.greets}`)) fail(`does not greet ${c.who.greets}`);
  if (c.who.greets === '' && greeting.split(' ').length > 1) fail(`greets a slug: "${greeting}"`);
  const topic = c.who.expectedTopic?.[c.context];
  if (topic !== undefined) {
    if (!text.toLowerCase().includes(topic.toLowerCase()) && count(d.body, topic) === 0 && c.kind === 'follow-up') fail(`follow-up without the topic "${topic}"`);
    if (count(d.body, topic) > 1) fail(`topic "${topic}" twice`);
    if (new RegExp(`${escape(topic)}[.!?,;:]{2}|${escape(topic)}\\. [a-zåäö]`).test(text)) fail('topic punctuation copied mid-sentence');
  }
  for (const f of FALLBACKS[c.language]) if (count(d.body, f) > 1) fail(`fallback "${f}" twice`);

  // Nothing glued: no doubled words or prepositions, no article or quantity word before an interest.
  const doubled = /(?<!\p{L})(\p{L}+) \1(?!\p{L})/iu.exec(text);
  if (doubled) fail(`doubled word "${doubled[0]}"`);
  if (/\b(about|regarding|on|angående|om) (about|regarding|angående|om)\b/i.test(text)) fail("two prepositions in a row");
  for (const interest of c.contact.interests) {
    const glued = new RegExp(`\\b(a|an|the|some|favourite|good|lite|något|någon|bra) ${escape(interest)}\\b`, 'i');
    if (interest.split(' ')[0] !== 'the' && glued.test(text)) fail(`interest glued to an article: ${glued.exec(text)?.[0] ?? ''}`);
    if (new RegExp(`${escape(interest)} (tip|tips|recommendation|rekommendation)\\b`).test(text)) fail(`interest used as an adjective: ${interest}`);
  }

  // Subjects: no "Re:" on a mail that is not a reply, no abbreviations, no lower-case start.
  if (/^(re|fwd?|sv|ang)\s*[:.]/i.test(d.subject)) fail(`subject "${d.subject}"`);
  if (!/^\p{Lu}/u.test(d.subject)) fail(`subject starts in lower case: "${d.subject}"`);

  // Values are single-line plain text: nothing that makes a heading, a tag or an embed.
  if (/^#/m.test(d.body) || /<\/?[a-z]/i.test(text) || text.includes('![[') || text.includes('## Follow-ups')) fail('markup from a value');

  // Hooks: the ready-made one with {{firstName}} is filled in.
  if (d.hook !== null && !d.body.includes(d.hook)) fail('hook missing from the body');

  const tone = checkTone(text, c.language);
  if (tone.length > 0) fail(`tone: ${tone.map((f) => f.phrase).join(', ')}`);
  return out;
}

describe('the draft grid', () => {
  const cases = [...grid()];

  it('covers every context × language × kind × variant × interest shape × name/topic × timing', () => {
    // 2 languages × 4 contexts × 3 kinds × 3 turns × 6 interest shapes × 5 name/topic shapes × 4 timings.
    expect(cases).toHaveLength(2 * 4 * 3 * 3 * 6 * 5 * 4);
    for (const language of ['en', 'sv']) {
      for (const context of ['job', 'sales', 'networking', 'generic']) {
        for (const kind of ['follow-up', 'ask-to-stop', 'check-in']) {
          const variants = new Set(cases.filter((c) => c.language === language && c.context === context && c.kind === kind).map((c) => c.details.variant));
          expect(variants.size, `${language} ${context} ${kind}`).toBe(3);
        }
      }
    }
  });

  it('has no mechanical defect in any draft', { timeout: 120_000 }, () => {
    const found: string[] = [];
    for (const c of cases) {
      for (const why of defects(c)) {
        found.push(`${c.language} ${c.context} ${c.kind} v${c.details.variant} [${c.interests.label} | ${c.who.label} | ${c.timing}]: ${why}\n  ${c.details.draft.subject} / ${c.details.draft.body.replace(/\n+/g, ' ⏎ ')}`);
      }
    }
    expect(found.slice(0, 15).join('\n'), `${found.length} defects`).toBe('');
  });

  it('varies the hook sentence between consecutive drafts, also with one interest', () => {
    const oneInterest = cases.filter((c) => c.interests.label === 'one' && c.who.label === 'title and topic' && c.timing === 'on time');
    for (const c of oneInterest) {
      const next = cases.find((n) => n !== c && n.language === c.language && n.context === c.context && n.kind === c.kind && n.turn === c.turn + 1 && n.interests === c.interests && n.who.label === c.who.label && n.timing === c.timing);
      if (next) expect(next.details.draft.hook).not.toBe(c.details.draft.hook);
    }
  });
});
