/** English words the tone rules share: pronouns, negation, verbs of answering and their objects. */
import type { Clause } from '../clause';
import { among, gate, oneOf, said, toneSteps, type WordTest } from '../match';
import * as L from './lists';

const YOU_WORDS = ['you', "you've", "you'd", 'u'];
const ME_WORDS = ['i', "i've", "i'm", "i'd", "i'll", 'we', "we've", "we're", "we'd", "we'll"];
export const YOU = oneOf(...YOU_WORDS);
export const ME = oneOf(...ME_WORDS);
/** Any subject: one set, as rules test it on up to eight words before each verb. */
export const PRONOUN: WordTest = oneOf(...YOU_WORDS, ...ME_WORDS, 'he', 'she', 'they', "they've", 'it', "you're", "you'll", 'someone', 'anyone');
export const BARE_NEG = oneOf('not', 'never', 'havent', 'hasnt', 'didnt', 'dont', 'doesnt', 'wont', 'cant', 'isnt', 'arent', 'wasnt', 'werent');
export const NEG: WordTest = (w) => BARE_NEG(w) || w.endsWith("n't");
const NO_WORD = oneOf('no', 'nothing', 'none', 'without');
export const NEG_OR_NO: WordTest = (w) => NEG(w) || NO_WORD(w);
export const CONDITIONAL = oneOf('if', 'unless', 'whether', 'case');
export const THANKS = oneOf('thanks', 'thank', 'grateful', 'congratulations', 'sorry', 'apologies', 'appreciate', 'appreciated');

export const ANSWER_1 = oneOf(
  'answer', 'answered', 'answering', 'answers', 'reply', 'replied', 'replies', 'replying', 'respond', 'responded', 'responding',
  'responds', 'acknowledge', 'acknowledged', 'confirm', 'confirmed', 'read', 'opened', 'looked',
);
export const BACK_VERB = oneOf('get', 'got', 'gotten', 'getting', 'gets', 'write', 'wrote', 'written', 'writing', 'call', 'called', 'calling', 'hear', 'heard', 'come', 'came');

/** How many words a verb of answering takes at i ("replied" 1, "got back" 2), else 0. */
export function answerAt(words: readonly string[], i: number): number {
  toneSteps.count++;
  const w = words[i] ?? '';
  if (ANSWER_1(w)) return 1;
  if (BACK_VERB(w) && words[i + 1] === 'back') return 2;
  return 0;
}

/** The object after a verb of answering, as the suggestion can reuse it ("my question about pricing"). */
export function topicAfter(c: Clause, text: string, i: number): string {
  let k = i;
  while (k < c.words.length && among(L.TO_ME_ETC, c.words[k] ?? '')) k++;
  const first = c.words[k];
  if (first === undefined || !among(L.MY_THE_ETC, first)) return '';
  let end = k;
  // "last" ends the object ("… since last week") except right after the determiner ("my last email").
  const stops = (w: string): boolean => among(L.SO_AND_ETC, w) || (w === 'last' && end > k);
  while (end + 1 < c.words.length && end - k < 5 && !stops(c.words[end + 1] ?? '')) end++;
  // A determiner alone ("my") is no topic: the suggestion then says "this".
  if (end === k) return '';
  return said(c, text, k, end).replace(/^(?:The|My|Our|This|That)\b/, (s) => s.toLowerCase());
}

export const RELEASE = oneOf('need', 'needs', 'needed', 'time', 'chance', 'moment', 'obliged', 'feel', 'worry', 'rush', 'hurry');
export const HEARD_WHAT = oneOf('back', 'anything', 'word', 'reply', 'answer', 'response', 'news', 'feedback');
export const RECEIVE = gate(['heard', 'hear', 'received', 'receive', 'got', 'gotten', 'get', 'had']);

/** Words a verb of answering or receiving starts from: bit 6 of MASKS. */
export const ANSWER_OR_RECEIVE: WordTest = (w) => ANSWER_1(w) || BACK_VERB(w) || RECEIVE(w);
export const ANSWER_BIT = 1 << 6;
