/** Swedish words the tone rules share: pronouns, negation, verbs of answering and their objects. */
import type { Clause } from '../clause';
import { among, oneOf, said, toneSteps, type WordTest } from '../match';
import * as L from './lists';

export const YOU = oneOf('du', 'ni');
export const ME = oneOf('jag', 'vi');
/** Any subject: one set, as rules test it on up to eight words around each verb. */
export const PRONOUN: WordTest = oneOf('du', 'ni', 'jag', 'vi', 'han', 'hon', 'hen', 'de', 'man', 'någon');
export const NEG = oneOf('inte', 'aldrig', 'ej', 'icke', 'utan');
const NO_WORD = oneOf('inget', 'ingen', 'inga', 'ingenting', 'ingalunda');
export const NEG_OR_NO: WordTest = (w) => NEG(w) || NO_WORD(w);
/** Words that turn "du har inte svarat" into an excuse or a release: "haft tid att", "behöver inte". */
export const RELEASE = oneOf('behöver', 'behövs', 'måste', 'tid', 'hunnit', 'hinna', 'hann', 'chans', 'möjlighet', 'tvungen', 'stressa', 'orka', 'orkat');
export const THANKS = oneOf('tack', 'tacka', 'tackar', 'grattis', 'förlåt', 'ursäkta', 'uppskattar', 'tacksam');

export const ANSWER_RE = /^(?:(?:be)?svar(?:a|ar|ade|at|ats)|återkom(?:ma|mer|mit)?|återkoppla(?:r|de|t)?|bekräfta(?:r|de|t)?|läs(?:a|er|t|te)|tittat)$/;
export const ANSWER_1 = (w: string): boolean => ANSWER_RE.test(w);

/** How many words a verb of answering takes at i ("svarat" 1, "hört av dig" 3), else 0. */
export function answerAt(words: readonly string[], i: number): number {
  toneSteps.count++;
  const w = words[i] ?? '';
  if (ANSWER_1(w)) return 1;
  if (/^hör(?:a|de|t|s)?$/.test(w) && words[i + 1] === 'av' && among(L.DIG_ER_ETC, words[i + 2] ?? '')) return 3;
  if (/^ring(?:a|er|de|t)$/.test(w) && words[i + 1] === 'tillbaka') return 2;
  return 0;
}

/** The object after the verb, for the suggestion ("mitt mejl från förra veckan", "offerten"). */
export function topicAfter(c: Clause, text: string, i: number): string {
  let k = i;
  while (k < c.words.length && among(L.PA_OM_ETC, c.words[k] ?? '')) k++;
  if (k === i || k >= c.words.length) return '';
  let end = k;
  while (end + 1 < c.words.length && end - k < 4 && !among(L.SA_OCH_ETC, c.words[end + 1] ?? '')) end++;
  return said(c, text, k, end);
}
