/**
 * Shouting: words in capitals and piles of ! and ?. Case is the signal, so this reads the tokens'
 * original text. Short acronyms (CV, CEO, UX, API) and tokens with digits (Q4, B2B) are normal in
 * work email, so a lone capital word counts only with four letters or more and when it is not a
 * known acronym; three capital words in a row ("DO IT NOW") count too. Quoted text is skipped.
 */
import type { Language } from '../types';
import type { Sentence, Token } from './tokenize';

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
  const tokens = sentence.tokens;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (t.quoted) {
      i++;
      continue;
    }
    if (t.kind === 'word' && t.upper && !/\p{N}/u.test(t.norm)) {
      let j = i;
      while (j + 1 < tokens.length) {
        const a = tokens[j] as Token;
        const b = tokens[j + 1] as Token;
        if (b.kind !== 'word' || b.quoted || !/^[ \t]+$/.test(text.slice(a.end, b.start))) break;
        const word = text.slice(b.start, b.end);
        if (!b.upper && word !== 'I') break;
        j++;
      }
      const runWords = tokens.slice(i, j + 1).filter((x) => x.upper).length;
      const first = text.slice(t.start, t.end);
      if (runWords >= 3) out.push({ kind: 'capitals', start: t.start, end: (tokens[j] as Token).end });
      else {
        for (let k = i; k <= j; k++) {
          const x = tokens[k] as Token;
          const word = k === i ? first : text.slice(x.start, x.end);
          if (x.upper && letters(word) >= 4 && !KNOWN_ACRONYMS.has(word)) out.push({ kind: 'capitals', start: x.start, end: x.end });
        }
      }
      i = j + 1;
      continue;
    }
    if ((t.kind === 'end' || t.kind === 'other') && /[!?！？]/.test(t.norm)) {
      const marks = t.norm.replace(/[^!?！？]/g, '').length;
      if (t.norm.includes('!') || t.norm.includes('！')) seenBangs.n++;
      if (marks >= 2) out.push({ kind: 'marks', start: t.start, end: t.end });
      else if (seenBangs.n === EXCLAMATION_LIMIT[language] + 1 && t.norm.includes('!')) out.push({ kind: 'too-many-marks', start: t.start, end: t.end });
    }
    i++;
  }
  return out;
}
