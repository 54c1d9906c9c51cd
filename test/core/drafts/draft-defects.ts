/**
 * The mechanical checks of a draft (issue 14), shared by the grid and by the labelled corpus of
 * drafts from before the rewrite. Each finding has a category, so the corpus can be scored.
 * Expected values come from the caller (written by hand), never from the code under test.
 */
import { checkTone } from '../../../src/core/tone';
import type { Day, Kind, Language } from '../../../src/core/types';
import { plusDays, weekdayNumber } from '../builders';

export interface DraftUnderCheck {
  subject: string;
  body: string;
  language: Language;
  kind: Kind;
  /** The day the draft goes out. */
  sendOn: Day;
  /** How the topic must read mid-sentence; null when the note has none. */
  topic: string | null;
  interests: readonly string[];
  /** The first name the greeting must use, '' for a greeting without a name. */
  greets: string;
  hook: string | null;
}

export interface Defect {
  category: string;
  detail: string;
}

const WEEKDAYS: Record<Language, readonly string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  sv: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
};
const FALLBACKS: Record<Language, readonly string[]> = { en: ['my application', 'my last email'], sv: ['min ansökan', 'mitt förra mejl'] };
/** The translated-sounding Swedish and the English clichés the editor named in the issue. */
const CLICHES: readonly string[] = [
  'veckan är full', 'vore det värt', 'med ett leende', 'lyfter upp', 'en liten knuff', 'så: vill du', 'det enklaste nästa steget',
  'hoppas veckan är bra', 'byta tankar om', 'över mejl', 'tar det inte personligt', 'ändras kring', 'håller kontakten', 'jag backar gärna',
  'back to the top of', 'still very excited about the opportunity', 'something that might be useful',
];
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const count = (text: string, phrase: string): number => text.split(phrase).length - 1;
const daysLeftInMonth = (day: string): number => {
  let n = 0;
  for (let d = plusDays(day, 1); d.slice(0, 7) === day.slice(0, 7); d = plusDays(d, 1)) n++;
  return n;
};

export function draftDefects(d: DraftUnderCheck): Defect[] {
  const text = `${d.subject}\n${d.body}`;
  const out: Defect[] = [];
  const fail = (category: string, detail = ''): void => void out.push({ category, detail });

  if (/\{\{|\}\}|\bundefined\b|\bnull\b|\bNaN\b/.test(text)) fail('placeholder');
  if (/ [,.!?;:]|\n{3,}|[ \t]\n|^\s|\s$/.test(d.body)) fail('whitespace');
  if (d.subject.trim() === '') fail('subject', 'empty');

  // Date words agree with the send day.
  const sendWeekday = weekdayNumber(d.sendOn);
  WEEKDAYS[d.language].forEach((name, i) => {
    if (i !== sendWeekday && new RegExp(`\\b${name}\\b`, 'i').test(text)) fail('weekday', `${name}, sent on ${WEEKDAYS[d.language][sendWeekday]}`);
  });
  const friday = sendWeekday === 5;
  const weekend = sendWeekday === 0 || sendWeekday === 6;
  if (/rest of the week|fortsatt fin vecka/i.test(text) && (friday || weekend)) fail('date words', 'rest of the week');
  if (/good weekend|Trevlig helg/.test(text) && !friday) fail('date words', 'weekend wish');
  if (/later this month|senare i månaden/.test(text) && daysLeftInMonth(d.sendOn) < 10) fail('date words', 'later this month');
  if (/later in the year|senare i år/.test(text) && d.sendOn.slice(5, 7) === '12') fail('date words', 'later in the year');
  if (/new year|nyår/.test(text) && d.sendOn.slice(5, 7) !== '12') fail('date words', 'new year');
  if (/\b\d+ (days|dagar)\b/.test(d.body)) fail('counts days');
  if ((d.body.match(/a while|a few weeks|ett tag|några veckor/gi) ?? []).length > 1) fail('says twice how long');

  // Names and topics.
  const greeting = d.body.split('\n')[0] ?? '';
  const expectedGreeting = d.language === 'en' ? /^Hi( \p{L}[\p{L}-]*)?,$/u : /^Hej( \p{L}[\p{L}-]*)?[,!]$/u;
  if (!expectedGreeting.test(greeting)) fail('greeting', greeting);
  else if (d.greets !== '' && !greeting.includes(` ${d.greets}`)) fail('greeting', `not ${d.greets}`);
  else if (d.greets === '' && greeting.split(' ').length > 1) fail('greeting', greeting);
  if (d.topic !== null) {
    if (d.kind === 'follow-up' && count(text.toLowerCase(), d.topic.toLowerCase()) === 0) fail('topic missing', d.topic);
    if (count(d.body, d.topic) > 1) fail('topic twice', d.topic);
  }
  // "The Q1 pilot.." or "the role. back to": a value's own full stop copied mid-sentence.
  if (/[.!?][.,;:]|[.!?] \p{Ll}/u.test(text)) fail('punctuation in a slot');
  for (const f of FALLBACKS[d.language]) if (count(d.body, f) > 1) fail('fallback twice', f);

  // Nothing glued into a slot.
  const doubled = /(?<!\p{L})(\p{L}+) \1(?!\p{L})/iu.exec(text);
  if (doubled) fail('doubled word', doubled[0]);
  if (/\b(about|regarding|on|angående|om) (about|regarding|angående|om)\b/i.test(text)) fail('prepositions');
  for (const interest of d.interests) {
    const glued = new RegExp(`\\b(a|an|some|favourite|good|lite|något|någon|bra) ${escape(interest)}\\b`, 'i');
    if (glued.test(text)) fail('glued interest', glued.exec(text)?.[0] ?? '');
    else if (new RegExp(`${escape(interest)} (tip|tips|recommendation|rekommendation)\\b`).test(text)) fail('glued interest', interest);
  }

  // Subjects: no "Re:" on a mail that is not a reply.
  if (/^(re|fwd?|sv|ang)\s*[:.]/i.test(d.subject)) fail('subject', d.subject);
  else if (!/^\p{Lu}/u.test(d.subject)) fail('subject', `lower case: ${d.subject}`);

  if (/^#/m.test(d.body) || /<\/?[a-z]/i.test(text) || text.includes('![[') || text.includes('## Follow-ups')) fail('markup');
  if (d.hook !== null && !d.body.includes(d.hook)) fail('hook');
  for (const c of CLICHES) if (text.toLowerCase().includes(c)) fail('cliché', c);

  const tone = checkTone(text, d.language);
  if (tone.length > 0) fail('tone', tone.map((f) => f.phrase).join(', '));
  return out;
}
