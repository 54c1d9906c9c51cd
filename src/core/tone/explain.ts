/** Picks the explanation in the sentence's language; shouting is explained here for both. */
import type { Language } from '../types';
import { explainEnglish } from './explain-en';
import { explainSwedish } from './explain-sv';
import { EXCLAMATION_LIMIT, type Shout } from './shouting';
import type { Hit } from './types';

export interface Explanation {
  why: string;
  suggestion: string;
}

export function explainHit(h: Hit, phrase: string, language: Language): Explanation {
  return language === 'sv' ? explainSwedish(h, phrase) : explainEnglish(h, phrase);
}

/** "PLEASE GET BACK" -> "Please get back": the same words without the raised voice. */
function normalCase(phrase: string): string {
  const lower = phrase.toLowerCase().replace(/\bi\b/g, 'I');
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

export function explainShout(s: Shout, phrase: string, language: Language): Explanation {
  const sv = language === 'sv';
  if (s.kind === 'capitals') {
    return sv
      ? { why: `"${phrase}" står i versaler, och det läses som en höjd röst.`, suggestion: `Skriv det med vanliga bokstäver: "${normalCase(phrase)}".` }
      : { why: `"${phrase}" is in capitals, which reads as a raised voice.`, suggestion: `Write it in normal case: "${normalCase(phrase)}".` };
  }
  if (s.kind === 'marks') {
    const question = !/[!！]/.test(phrase);
    if (sv) {
      return question
        ? { why: `"${phrase}": flera frågetecken i rad låter otåliga, som om mottagaren borde ha svarat för länge sedan.`, suggestion: 'Ett frågetecken räcker.' }
        : { why: `"${phrase}": flera tecken i rad läses som att du höjer rösten.`, suggestion: 'En punkt eller ett enda utropstecken räcker.' };
    }
    return question
      ? { why: `"${phrase}": several question marks in a row sound impatient, as if they should have answered long ago.`, suggestion: 'One question mark is enough.' }
      : { why: `"${phrase}": several marks in a row read as a raised voice.`, suggestion: 'One full stop, or a single exclamation mark, is enough.' };
  }
  const limit = EXCLAMATION_LIMIT[language];
  return sv
    ? { why: `Fler än ${limit} utropstecken i ett mejl läses som att du höjer rösten.`, suggestion: `Behåll högst ${limit} utropstecken; en punkt fungerar bra här.` }
    : { why: `More than ${limit} exclamation marks in one message read as a raised voice.`, suggestion: `Keep at most ${limit} exclamation marks; a full stop works well here.` };
}
