/**
 * The topic as it reads mid-sentence: "The Q1 pilot." becomes "the Q1 pilot", "Re: Pricing"
 * becomes "pricing"... but only a leading article, possessive or a common topic noun loses its
 * capital, so "Project Falcon" and "AIK" stay as written.
 */
import type { Language } from '../types';
import { plainLine } from './plain-text';

const LEAD_IN = /^(?:(?:re|fwd?|sv|vb|ang|angående|about|regarding)\s*[:.]\s*|(?:about|regarding|angående)\s+)+/iu;

/** Articles and possessives: always lower case mid-sentence. */
const DETERMINERS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['the', 'a', 'an', 'my', 'our', 'your', 'this', 'that', 'these', 'those', 'some']),
  sv: new Set(['en', 'ett', 'den', 'det', 'de', 'min', 'mitt', 'mina', 'vår', 'vårt', 'våra', 'er', 'ert', 'era', 'din', 'ditt', 'dina', 'denna', 'detta', 'dessa']),
};

/** Common topic nouns: lower case, unless a capital follows ("Project Falcon" is a name). */
const COMMON_NOUNS: Record<Language, ReadonlySet<string>> = {
  en: new Set([
    'role', 'position', 'job', 'application', 'pilot', 'project', 'proposal', 'demo', 'meeting', 'call',
    'talk', 'introduction', 'intro', 'partnership', 'collaboration', 'question', 'offer', 'quote', 'contract', 'idea',
  ]),
  sv: new Set([
    'tjänsten', 'rollen', 'ansökan', 'ansökningen', 'jobbet', 'piloten', 'projektet', 'förslaget',
    'offerten', 'mötet', 'samtalet', 'föredraget', 'frågan', 'samarbetet', 'idén', 'demon', 'avtalet', 'introduktionen',
  ]),
};

/** '' when the note has no usable topic; the template then says it its own way. */
export function topicPhrase(topic: string | null, language: Language): string {
  let text = plainLine(topic ?? '').replace(LEAD_IN, '').replace(/[\s.!?;:,…]+$/u, '').trim();
  const [first = '', second = ''] = text.split(' ');
  const lowered = first.toLowerCase();
  const nameFollows = second !== '' && second.charAt(0) !== second.charAt(0).toLowerCase();
  const lower = DETERMINERS[language].has(lowered) || (COMMON_NOUNS[language].has(lowered) && !nameFollows);
  // Only a capital at the start: "The" -> "the", but "IKEA" or "iOS" stay.
  if (first.slice(1) === lowered.slice(1) && lower) text = lowered + text.slice(first.length);
  return text;
}
