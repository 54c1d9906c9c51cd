/**
 * Shouting: words in capitals and piles of ! and ?. Case is the signal, so this reads the tokens'
 * original text. Short acronyms (CV, CEO, UX, API) and tokens with digits (Q4, B2B) are normal in
 * work email, so a lone capital word counts only with four letters or more and when it is not a
 * known acronym; three capital words in a row ("DO IT NOW") count too. Quoted text is skipped.
 */
import type { Language } from '../types';
import { END, OTHER, QUOTED, UPPER, WORD, type Sentence } from './tokenize';

const KNOWN_ACRONYMS = new Set([
  'ASAP', 'NASA', 'NATO', 'IKEA', 'SAAB', 'HTML', 'JSON', 'YAML', 'HTTP', 'HTTPS', 'REST', 'GDPR', 'WCAG',
  'RSVP', 'AFAIK', 'FIFA', 'UEFA', 'OECD', 'SWOT', 'SCRUM', 'TODO', 'EBITDA', 'NASDAQ', 'UNICEF', 'LLMS', 'FAQ', 'SaaS',
]);

/** How many separate `!` a text may have before it reads as shouting. Swedish greetings ("Hej Anna!") use more. */
export const EXCLAMATION_LIMIT: Record<Language, number> = { en: 2, sv: 3 };

export interface Shout {
  kind: 'capitals' | 'marks' | 'too-many-marks';
  start: number;
  end: number;
}

const letters = (word: string): number => word.replace(/[^\p{L}]/gu, '').length;

/** Capital words and runs of marks in one sentence; `seenBangs` counts `!` groups across the text. */
export function shoutsIn(sentence: Sentence, text: string, language: Language, seenBangs: { n: number }): Shout[] {
  const out: Shout[] = [];
  const { kind, flags, start, end, norm } = sentence;
  const n = sentence.length;
  let i = 0;
  while (i < n) {
    const f = flags[i] as number;
    if (f & QUOTED) {
      i++;
      continue;
    }
    const t = norm[i] as string;
    if (kind[i] === WORD && f & UPPER && !/\p{N}/u.test(t)) {
      let j = i;
      while (j + 1 < n) {
        const b = j + 1;
        if (kind[b] !== WORD || (flags[b] as number) & QUOTED || !/^[ \t]+$/.test(text.slice(end[j], start[b]))) break;
        if (((flags[b] as number) & UPPER) === 0 && text.slice(start[b], end[b]) !== 'I') break;
        j++;
      }
      let runWords = 0;
      for (let k = i; k <= j; k++) if ((flags[k] as number) & UPPER) runWords++;
      if (runWords >= 3) out.push({ kind: 'capitals', start: start[i] as number, end: end[j] as number });
      else {
        for (let k = i; k <= j; k++) {
          const word = text.slice(start[k], end[k]);
          if ((flags[k] as number) & UPPER && letters(word) >= 4 && !KNOWN_ACRONYMS.has(word)) out.push({ kind: 'capitals', start: start[k] as number, end: end[k] as number });
        }
      }
      i = j + 1;
      continue;
    }
    if ((kind[i] === END || kind[i] === OTHER) && /[!?！？]/.test(t)) {
      const marks = t.replace(/[^!?！？]/g, '').length;
      if (t.includes('!') || t.includes('！')) seenBangs.n++;
      if (marks >= 2) out.push({ kind: 'marks', start: start[i] as number, end: end[i] as number });
      else if (seenBangs.n === EXCLAMATION_LIMIT[language] + 1 && t.includes('!')) out.push({ kind: 'too-many-marks', start: start[i] as number, end: end[i] as number });
    }
    i++;
  }
  return out;
}
