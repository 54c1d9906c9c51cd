/**
 * Shouting: words in capitals and piles of exclamation marks. Runs on the original text,
 * since case is the signal. Short acronyms (CV, CEO, UX, API) and tokens with digits (Q4, B2B)
 * are normal in work email, so only capital words of four letters or more count, unless
 * they are well-known acronyms; three capital words in a row ("DO IT NOW") count too.
 */
import type { Language } from '../types';
import type { ToneFinding } from './types';

const KNOWN_ACRONYMS = new Set([
  'ASAP', 'NASA', 'NATO', 'IKEA', 'SAAB', 'HTML', 'JSON', 'YAML', 'HTTP', 'HTTPS', 'REST', 'GDPR', 'WCAG',
  'RSVP', 'AFAIK', 'FIFA', 'UEFA', 'OECD', 'SWOT', 'SCRUM', 'TODO', 'EBITDA', 'NASDAQ', 'UNICEF', 'LLMS',
]);

const WHY_CAPS = 'Shouting: words in capitals read as a raised voice (rule 1).';
const WHY_BANGS = 'Shouting: several exclamation marks read as a raised voice (rule 1).';

/** How many separate `!` a text may have before it reads as shouting. Swedish greetings ("Hej Anna!") use more. */
const EXCLAMATION_LIMIT: Record<Language, number> = { en: 2, sv: 3 };

const WORD_RE = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

interface CapsWord {
  text: string;
  index: number;
  letters: number;
}

function capsWords(text: string): CapsWord[] {
  const out: CapsWord[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const word = m[0];
    if (/\p{N}/u.test(word)) continue;
    const letters = (word.match(/\p{L}/gu) ?? []).length;
    if (letters >= 2 && word === word.toUpperCase() && word !== word.toLowerCase()) {
      out.push({ text: word, index: m.index, letters });
    }
  }
  return out;
}

function capitals(text: string): ToneFinding[] {
  const words = capsWords(text);
  const findings: ToneFinding[] = [];
  const suggestion = 'Write it in normal case; let the words carry the meaning.';
  let i = 0;
  while (i < words.length) {
    // A run: capital words separated only by spaces.
    let j = i;
    while (j + 1 < words.length) {
      const a = words[j];
      const b = words[j + 1];
      if (!a || !b || !/^[ \t]+$/.test(text.slice(a.index + a.text.length, b.index))) break;
      j++;
    }
    const first = words[i];
    const last = words[j];
    if (first && last && j - i >= 2) {
      const phrase = text.slice(first.index, last.index + last.text.length);
      findings.push({ phrase, index: first.index, why: WHY_CAPS, suggestion });
    } else {
      for (const w of words.slice(i, j + 1)) {
        if (w.letters >= 4 && !KNOWN_ACRONYMS.has(w.text)) {
          findings.push({ phrase: w.text, index: w.index, why: WHY_CAPS, suggestion });
        }
      }
    }
    i = j + 1;
  }
  return findings;
}

function exclamations(text: string, language: Language): ToneFinding[] {
  const findings: ToneFinding[] = [];
  const groups = [...text.matchAll(/[!?¡！]*[!！][!?¡！]*/gu)];
  for (const g of groups) {
    if (g[0].length >= 2) {
      findings.push({ phrase: g[0], index: g.index, why: WHY_BANGS, suggestion: 'One full stop or a single "!" is plenty.' });
    }
  }
  const over = groups[EXCLAMATION_LIMIT[language]];
  if (over && over[0].length < 2) {
    findings.push({
      phrase: over[0],
      index: over.index,
      why: WHY_BANGS,
      suggestion: `Keep at most ${EXCLAMATION_LIMIT[language]} exclamation marks in a message.`,
    });
  }
  return findings;
}

export function checkShouting(text: string, language: Language): ToneFinding[] {
  return [...capitals(text), ...exclamations(text, language)];
}
