/**
 * What the check needs to know about a word form, decided once per distinct form and remembered:
 * whether it is a common Swedish or English word (the sentence's language), and for each language
 * which rule families can start from it (a bit mask). The tokenizer looks a word up once, so the
 * language vote, the per-word masks and the "can any rule fire here" test cost one map lookup per
 * word. Nothing is computed when the module loads: the first lookup of a form does the work.
 */
import { hasNonAscii } from './tokenize';
import { ANSWER_OR_RECEIVE as EN_ANSWER } from './en/words';
import { BLAME_WORDS as EN_BLAME } from './en/answering';
import { COUNT_WORDS as EN_COUNT, DEMAND_WORDS as EN_DEMAND, GUILT_WORDS as EN_GUILT, IMPATIENCE_WORDS as EN_IMPATIENCE, ORDER as EN_ORDER, PASSIVE_WORDS as EN_PASSIVE } from './en/pressure';
import { ANSWER_OR_RECEIVE as SV_ANSWER, BLAME_WORDS as SV_BLAME } from './sv/answering';
import { COUNT_WORDS as SV_COUNT, DEMAND_WORDS as SV_DEMAND, GUILT_WORDS as SV_GUILT, IMPATIENCE_WORDS as SV_IMPATIENCE, ORDER as SV_ORDER, PASSIVE_WORDS as SV_PASSIVE } from './sv/pressure';
import type { WordTest } from './match';
import type { Language } from '../types';

import { EN_WORD, SV_LETTERS, SV_WORD } from './vote-bits';

export { EN_WORD, SV_LETTERS, SV_WORD };
const EN_SHIFT = 8;
const SV_SHIFT = 16;

/**
 * Bit k of a language's mask: the words family k starts from (the order in rules-en/rules-sv);
 * bit 7: an order verb, which demand's "order at the start of the clause" needs.
 */
export const FAMILY = { blame: 1, count: 2, demand: 4, passive: 8, impatience: 16, guilt: 32, answer: 64, order: 128 } as const;

const EN_FAMILIES: readonly WordTest[] = [EN_BLAME, EN_COUNT, EN_DEMAND, EN_PASSIVE, EN_IMPATIENCE, EN_GUILT, EN_ANSWER, EN_ORDER];
const SV_FAMILIES: readonly WordTest[] = [SV_BLAME, SV_COUNT, SV_DEMAND, SV_PASSIVE, SV_IMPATIENCE, SV_GUILT, SV_ANSWER, SV_ORDER];

const SV_WORDS = [
  'och', 'att', 'det', 'jag', 'du', 'inte', 'är', 'för', 'på', 'med', 'som', 'har', 'en', 'ett', 'vi', 'ni', 'mig', 'dig', 'hej',
  'tack', 'om', 'till', 'av', 'kan', 'vill', 'så', 'men', 'min', 'mitt', 'din', 'ditt', 'er', 'ert', 'här', 'nu', 'än', 'aldrig',
  'svar', 'svara', 'hör', 'gärna', 'inget', 'ingen', 'varför', 'hur', 'vad', 'där', 'senast', 'måste', 'behöver', 'fortfarande',
];
const EN_WORDS = [
  'the', 'and', 'to', 'you', 'is', 'of', 'for', 'that', 'have', 'it', 'not', 'this', 'with', 'please', 'thanks', 'my', 'your',
  'me', 'we', 'be', 'are', 'was', 'on', 'at', 'by', 'so', 'but', 'if', 'would', 'just', 'again', 'still', 'why', 'what', 'hello',
  "i'm", "i've", "you've", "haven't", "don't", "didn't", 'reply', 'email', 'any', 'all', 'there', 'time', 'get', 'back', 'no',
  'a', 'an', 'as', 'in', 'or', 'one', 'they', 'them', 'their', 'from', 'read', 'which', 'than',
];

function maskOf(families: readonly WordTest[], w: string): number {
  let mask = 0;
  for (let k = 0; k < families.length; k++) if ((families[k] as WordTest)(w)) mask |= 1 << k;
  return mask;
}

function classify(w: string): number {
  wordInfoStats.classified++;
  let info = (SV_WORDS.includes(w) ? SV_WORD : 0) | (EN_WORDS.includes(w) ? EN_WORD : 0);
  if (hasNonAscii(w) && /[åäö]/.test(w)) info |= SV_LETTERS;
  return info | (maskOf(EN_FAMILIES, w) << EN_SHIFT) | (maskOf(SV_FAMILIES, w) << SV_SHIFT);
}

/** How many word forms were classified: lets a test show that loading the module does no work. */
export const wordInfoStats = { classified: 0 };

const known = new Map<string, number>();

/** The info bits of a (folded) word form. */
export function wordInfo(w: string): number {
  let info = known.get(w);
  if (info === undefined) {
    // A bound on memory for texts of endless distinct words; forgetting changes no answer.
    if (known.size > 100_000) known.clear();
    info = classify(w);
    known.set(w, info);
  }
  return info;
}

/** The rule families of `language` that can start from a word with these info bits. */
export function familiesOf(info: number, language: Language): number {
  return (info >>> (language === 'sv' ? SV_SHIFT : EN_SHIFT)) & 0xff;
}
