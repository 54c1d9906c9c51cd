/** Swedish rules about not answering: "du har inte svarat", "jag har inte hört något", blame. */
import type { Clause } from '../clause';
import { ahead, among, anyIn, back, gate, hit, oneOf, said, startsWithDigit, type WordTest } from '../match';
import type { Hit } from '../types';
import { YOU, ME, PRONOUN, NEG, RELEASE, ANSWER_1, answerAt, topicAfter } from './words';
import * as L from './lists';

/** Words a verb of answering or receiving starts from: bit 6 of MASKS. */
export const ANSWER_OR_RECEIVE: WordTest = (w) => ANSWER_1(w) || /^(?:hör|höra|hörde|hört|hörs|ring|ringa|ringer|ringde|ringt)$/.test(w) || RECEIVE(w);
export const ANSWER_BIT = 1 << 6;

export function noAnswer(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    if (((m[i] ?? 0) & ANSWER_BIT) === 0) continue;
    const len = answerAt(w, i);
    if (len === 0) continue;
    const verbEnd = i + len - 1;
    const before = back(w, i, 8, PRONOUN);
    // "varför svarade ni inte": subject right after the verb.
    const after = ahead(w, verbEnd, 1, PRONOUN);
    const subj = after >= 0 && (before < 0 || i - before > 3) ? after : before;
    if (subj < 0 || !YOU(w[subj] ?? '') || among(L.OM_IFALL_ETC, w[subj - 1] ?? '')) continue;
    // Main clause: "du svarade aldrig"; subordinate: "eftersom du inte har svarat".
    const negBefore = after === subj ? -1 : back(w, i, 6, NEG);
    const neg = negBefore >= 0 ? negBefore : ahead(w, after === subj ? subj : verbEnd, 2, NEG);
    const from = Math.min(i, subj, neg >= 0 ? neg : subj);
    const to = Math.max(verbEnd, neg);
    const parts = { subject: said(c, text, subj, subj), verb: said(c, text, i, verbEnd), topic: topicAfter(c, text, to + 1) };
    if (neg >= 0) {
      if (anyIn(w, from, i - 1, RELEASE)) continue;
      out.push(hit('no-answer', 'blame', from, to, { ...parts, neg: said(c, text, neg, neg) }));
    } else if (back(w, i, 3, (x) => /^glöm(?:de|t|mer)$/.test(x)) >= 0) {
      out.push(hit('failed-to-answer', 'blame', subj, verbEnd, { ...parts, neg: said(c, text, back(w, i, 3, (x) => /^glöm(?:de|t|mer)$/.test(x)), back(w, i, 3, (x) => /^glöm(?:de|t|mer)$/.test(x))) }));
    }
  }
}

export const RECEIVE = gate(['fått', 'fick', 'får', 'hört', 'hörde', 'hör']);

/** "jag har inte fått något svar", "jag fick aldrig något svar från er"; not "...från de andra". */
export function notHeard(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    if (((m[i] ?? 0) & ANSWER_BIT) === 0) continue;
    const word = w[i] ?? '';
    if (!RECEIVE(word) || w[i + 1] === 'av') continue;
    const subj = back(w, i, 5, PRONOUN);
    const neg = back(w, i, 5, NEG);
    if (subj < 0 || !ME(w[subj] ?? '') || neg < 0) continue;
    const from = ahead(w, i, 5, L.FRAN_);
    const fromYou = from >= 0 && among(L.DIG_ER, w[from + 1] ?? '');
    if (from >= 0 && !fromYou) continue;
    const what = ahead(w, i, 3, L.SVAR_BESKED_ETC_);
    if (!fromYou && what < 0) continue;
    out.push(hit('not-heard', 'blame', Math.min(subj, neg), fromYou ? from + 1 : what, { neg: said(c, text, neg, neg), verb: said(c, text, i, i) }));
  }
}

export const BLAME_WORDS = gate(['inget', 'ingen', 'något', 'har', 'läste', 'såg', 'läser'], /^ignorer/);

export function blame(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  noAnswer(c, text, out, m);
  notHeard(c, text, out, m);
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (((m[i] ?? 0) & 1) === 0) continue;
    if (word.startsWith('ignorer') && /^ignorer(?:a|ar|ade|at)$/.test(word)) {
      const subj = back(w, i, 5, PRONOUN);
      const mine = among(L.MIG_MINA_ETC, w[i + 1] ?? '');
      if ((subj >= 0 && YOU(w[subj] ?? '')) || (mine && word !== 'ignorera')) out.push(hit('ignored', 'blame', subj >= 0 ? subj : i, mine ? i + 1 : i, { verb: said(c, text, i, i) }));
    } else if (among(L.INGET_INGEN_ETC, word) && among(L.SVAR_BESKED_ETC2, w[i + 1] ?? '') && w[i + 2] === 'från' && YOU(w[i + 3] === 'dig' ? 'du' : w[i + 3] === 'er' ? 'ni' : '')) {
      if (word !== 'något' || back(w, i, 4, NEG) >= 0) out.push(hit('no-reply-from-you', 'blame', i, i + 3, { noun: said(c, text, i + 1, i + 1) }));
    } else if (among(L.HAR_LASTE_ETC, word) && YOU(w[i + 1] ?? '') && w[i + 2] === 'ens') {
      out.push(hit('even-read', 'blame', i, Math.min(i + 3, w.length - 1), { verb: said(c, text, i + 3, i + 3) }));
    }
  }
}

export const ORDINAL = oneOf('andra', 'tredje', 'fjärde', 'femte', 'sjätte', 'sjunde', 'åttonde', 'nionde', 'tionde', '2:a', '3:e', '4:e', '5:e');
export const COUNTED = oneOf('gången', 'gång', 'påminnelse', 'påminnelsen', 'mejlet', 'mejl', 'mailet', 'mail', 'meddelandet', 'försöket', 'uppföljningen', 'uppföljning', 'samtalet');
const NUMBER_WORD = oneOf('två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'flera', 'många', 'upprepade', 'otaliga', 'flertal');
export const MANY = (w: string): boolean => (startsWithDigit(w) && /^\d+$/.test(w)) || NUMBER_WORD(w);
export const CONTACTED = (w: string): boolean =>
  /^(?:mejl|mail|skriv|skrev|ring|fråg|försök|kontakt|påmin|skick|påpek|nämn|bett|bad|be$|hört|jag)/.test(w);
