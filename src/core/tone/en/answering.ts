/** English rules about not answering: "you haven't replied", "I never heard back from you", blame. */
import type { Clause } from '../clause';
import { ahead, among, anyIn, back, covered, gate, hit, said } from '../match';
import type { Hit } from '../types';
import { YOU, ME, PRONOUN, NEG, CONDITIONAL, answerAt, topicAfter, RELEASE, HEARD_WHAT, RECEIVE, ANSWER_BIT } from './words';
import * as L from './lists';

/** "you haven't replied", "why didn't you answer", "you chose not to respond", "you failed to reply". */

export function noAnswer(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    if (((m[i] ?? 0) & ANSWER_BIT) === 0) continue;
    const len = answerAt(w, i);
    if (len === 0) continue;
    const verbEnd = i + len - 1;
    const before = back(w, i, 8, PRONOUN);
    const subj = before >= 0 ? before : ahead(w, i, 2, PRONOUN);
    if (subj < 0 || !YOU(w[subj] ?? '') || anyIn(w, subj - 2, subj - 1, CONDITIONAL)) continue;
    const neg = back(w, i, 6, NEG);
    const parts = { subject: said(c, text, subj, subj), verb: said(c, text, i, verbEnd), topic: topicAfter(c, text, verbEnd + 1) };
    if (neg >= 0) {
      const from = Math.min(subj, neg);
      // "you don't need to reply", "you haven't had time to answer": a release, not blame.
      if (anyIn(w, from, i - 1, RELEASE)) continue;
      if (w[i - 1] === 'to' && anyIn(w, from, i - 2, L.HAVE_HAS_ETC_)) continue;
      out.push(hit('no-answer', 'blame', from, verbEnd, { ...parts, neg: said(c, text, neg, neg) }));
      continue;
    }
    const failed = back(w, i, 3, L.FAILED_FORGOT_ETC_);
    if (failed >= 0) out.push(hit('failed-to-answer', 'blame', Math.min(subj, failed), verbEnd, { ...parts, neg: said(c, text, failed, failed) }));
    else if (w[i - 1] === 'even' && w[i] === 'read') out.push(hit('even-read', 'blame', Math.max(0, subj - 1), i, parts));
  }
}

/** "I haven't heard a word from you", "I never got an answer from you"; not "...from the other candidates". */
export function notHeard(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    if (((m[i] ?? 0) & ANSWER_BIT) === 0) continue;
    if (!RECEIVE(w[i] ?? '')) continue;
    const subj = back(w, i, 5, PRONOUN);
    const neg = back(w, i, 4, NEG);
    if (subj < 0 || !ME(w[subj] ?? '') || neg < 0) continue;
    const from = ahead(w, i, 6, L.FROM_);
    const fromYou = from >= 0 && among(L.YOU_YOUR, w[from + 1] ?? '');
    if (from >= 0 && !fromYou) continue;
    const what = ahead(w, i, 4, HEARD_WHAT);
    if (!fromYou && what < 0) continue;
    // "I didn't get a chance to reply": about their own time, not the reader's silence.
    if (anyIn(w, i + 1, fromYou ? from : what, RELEASE)) continue;
    out.push(hit('not-heard', 'blame', Math.min(subj, neg), fromYou ? from + 1 : what, { neg: said(c, text, neg, neg), verb: said(c, text, i, i) }));
  }
}

export const BLAME_WORDS = gate(['ignored', 'ignoring', 'why', 'did', 'have', 'do', 'no', 'any']);

export function blame(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  noAnswer(c, text, out, m);
  notHeard(c, text, out, m);
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (((m[i] ?? 0) & 1) === 0) continue;
    if (among(L.IGNORED_IGNORING, word)) {
      const subj = back(w, i, 5, PRONOUN);
      const objectMine = among(L.ME_MY, w[i + 1] ?? '');
      if ((subj >= 0 && YOU(w[subj] ?? '')) || objectMine) {
        out.push(hit('ignored', 'blame', subj >= 0 ? subj : i, objectMine ? i + 1 : i, { verb: said(c, text, i, i) }));
      }
    } else if (word === 'why' && NEG(w[i + 1] ?? '') && YOU(w[i + 2] ?? '') && !among(L.JOIN_COME_ETC, w[i + 3] ?? '')) {
      if (!covered(out, i + 2)) out.push(hit('why-not', 'blame', i, i + 2, { neg: said(c, text, i + 1, i + 1) }));
    } else if (among(L.DID_HAVE_ETC, word) && YOU(w[i + 1] ?? '') && w[i + 2] === 'even') {
      out.push(hit('even-read', 'blame', i, Math.min(i + 3, w.length - 1), { verb: said(c, text, i + 3, i + 3) }));
    } else if (among(L.NO_ANY, word) && among(L.REPLY_ANSWER_ETC, w[i + 1] ?? '')) {
      const from = ahead(w, i + 1, 2, L.FROM_);
      if (from >= 0 && YOU(w[from + 1] ?? '') && (word === 'no' || back(w, i, 4, NEG) >= 0)) out.push(hit('no-reply-from-you', 'blame', i, from + 1, { noun: said(c, text, i + 1, i + 1) }));
    }
  }
}
