import type { Language } from '../types';

/** Words common in Swedish mail and rare in English: enough to tell the two apart. */
const SV_WORDS = /(?:^|[^\p{L}\p{N}])(jag|är|och|inte|vi|på|mig|tack|för|till|den|det|har|ledig|hej)(?![\p{L}\p{N}])/giu;
const EN_WORDS = /(?:^|[^\p{L}\p{N}])(i|i'm|the|and|not|we|on|me|thanks|for|to|is|have|hi|you)(?![\p{L}\p{N}])/giu;

/** Swedish or English, by counting each language's common words (ties go to English). */
export function guessLanguage(text: string): Language {
  const sv = text.match(SV_WORDS)?.length ?? 0;
  const en = text.replace(/[’]/gu, "'").match(EN_WORDS)?.length ?? 0;
  return sv > en || (sv === en && /[åäö]/iu.test(text)) ? 'sv' : 'en';
}
