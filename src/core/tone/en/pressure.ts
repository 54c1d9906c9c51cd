/**
 * English rules about pressure: counting and keeping score, deadlines and demands, passive
 * aggression, impatience and guilt.
 */
import type { Clause } from '../clause';
import { ahead, among, anyIn, back, covered, gate, hit, oneOf, said, sentenceHas, seq, startsWithDigit } from '../match';
import type { Hit } from '../types';
import { YOU, ME, NEG, NEG_OR_NO, THANKS, answerAt } from './words';
import * as L from './lists';

export const ORDINAL = oneOf('second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', '2nd', '3rd', '4th', '5th', '6th');
export const COUNTED = oneOf('time', 'email', 'e-mail', 'mail', 'message', 'note', 'reminder', 'follow-up', 'followup', 'attempt', 'request', 'call', 'voicemail', 'try');
const NUMBER_WORD = oneOf('two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'multiple', 'many', 'numerous', 'countless', 'repeated', 'dozen');
export const MANY = (w: string): boolean => (startsWithDigit(w) && /^\d+$/.test(w)) || NUMBER_WORD(w);
export const CONTACTED = (w: string): boolean =>
  /^(?:e-?mail|writ|wrote|call|messag|ask|tri|try|reach|contact|remind|follow|sen[dt]|ping|chas|phon|rang|ring|text)/.test(w);

export const COUNT_WORDS = gate(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'multiple', 'many', 'numerous', 'countless', 'repeated', 'dozen', 'twice', 'thrice', 'yet', 'once', 'again', 'over', 'how', 'keep', 'kept', 'keeps', "don't", 'dont', 'time', 'email', 'e-mail', 'mail', 'message', 'note', 'reminder', 'follow-up', 'followup', 'attempt', 'request', 'call', 'voicemail', 'try'], /^\d/);

export function count(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (((m[i] ?? 0) & 2) === 0) continue;
    if (ORDINAL(word) && COUNTED(w[i + 1] ?? '')) {
      out.push(hit('ordinal', 'count', i, i + 1, { count: said(c, text, i, i + 1) }));
    } else if ((MANY(word) && among(L.TIMES_OCCASIONS, w[i + 1] ?? '')) || among(L.TWICE_THRICE, word)) {
      const end = word === 'twice' || word === 'thrice' ? i : i + 1;
      const verb = back(w, i, 8, CONTACTED);
      if (verb >= 0) out.push(hit('times', 'count', verb, end, { count: said(c, text, i, end), verb: said(c, text, verb, verb) }));
    } else if ((among(L.YET_ONCE, word) && w[i + 1] === 'again') || seq(w, i, 'again', 'and', 'again') || seq(w, i, 'over', 'and', 'over')) {
      if (!sentenceHas(c, THANKS)) out.push(hit('again', 'count', i, i + 1, { count: said(c, text, i, i + 1) }));
    } else if (seq(w, i, 'how', 'many', 'times')) {
      out.push(hit('how-many', 'count', i, i + 2, { count: said(c, text, i, i + 2) }));
    } else if (among(L.KEEP_KEPT_ETC, word) && CONTACTED(w[i + 1] ?? '') && (w[i + 1] ?? '').endsWith('ing') && back(w, i, 2, ME) >= 0) {
      // "I keep sending you emails"; not "rather than keep writing".
      out.push(hit('keep-sending', 'count', back(w, i, 2, ME), i + 1, { count: said(c, text, i, i + 1), verb: said(c, text, i + 1, i + 1) }));
    } else if (seq(w, i, "don't", 'make', 'me') || seq(w, i, 'dont', 'make', 'me')) {
      out.push(hit('make-me', 'count', i, Math.min(i + 3, w.length - 1), { verb: said(c, text, i + 3, i + 3) }));
    } else if (COUNTED(word) && w[i + 1] === 'after' && w[i + 2] === word) {
      out.push(hit('after', 'count', i, i + 2, { count: said(c, text, i, i + 2) }));
    }
  }
}

export const URGENT = oneOf('urgent', 'urgently', 'asap', 'a.s.a.p', 'time-sensitive', 'time-critical');
export const SOON = oneOf('today', 'now', 'tonight', 'immediately', 'asap', 'a.s.a.p', 'instantly', 'promptly');
export const WEEKDAY = oneOf('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday');
export const TIME_WORD = (w: string): boolean =>
  startsWithDigit(w) || WEEKDAY(w) || among(L.END_CLOSE_ETC, w);
/** What may follow "by the", "by this", "by next": "by the end of the day", not "before the Q4 review". */
const DAY_SPAN = oneOf('end', 'close', 'week', 'weekend', 'month', 'morning', 'afternoon', 'evening');
export const DAY_PART = (w: string): boolean => WEEKDAY(w) || DAY_SPAN(w);
export const ORDER = oneOf('reply', 'respond', 'answer', 'confirm', 'send', 'get', 'let', 'call', 'decide', 'tell', 'email', 'write', 'sign', 'return', 'update', 'give', 'revert');
export const NEEDING = oneOf('need', 'needs', 'require', 'expect', 'demand', 'insist', 'want');
export const FINAL = oneOf('notice', 'reminder', 'warning', 'attempt', 'chance', 'call', 'opportunity');
export const ORDER_OPENER = oneOf('so', 'and', 'but', 'now', 'then', 'therefore', 'really', 'just', 'today', 'honestly');
export const ANSWER_NOUN = oneOf('answer', 'reply', 'response', 'decision', 'explanation', 'update', 'confirmation', 'feedback', 'word');

/** Where a deadline or "right now" starts in the clause (and ends), else null. */
export function urgencyIn(w: readonly string[], from: number): { at: number; end: number } | null {
  for (let k = from; k < w.length; k++) {
    const x = w[k] ?? '';
    if (SOON(x)) return { at: k, end: k };
    if ((x === 'right' || x === 'straight') && w[k + 1] === 'away') return { at: k, end: k + 1 };
    if (seq(w, k, 'as', 'soon', 'as', 'possible')) return { at: k, end: k + 3 };
    if (seq(w, k, 'at', 'once') || seq(w, k, 'at', 'the', 'latest')) return { at: k, end: k + (w[k + 1] === 'once' ? 1 : 2) };
    if (seq(w, k, 'no', 'later', 'than')) return { at: k, end: Math.min(k + 3, w.length - 1) };
    const next = w[k + 1] ?? '';
    const dated = among(L.THE_THIS_ETC, next) ? DAY_PART(w[k + 2] ?? '') : TIME_WORD(next);
    if ((x === 'by' || x === 'before') && dated) {
      let end = k + 1;
      while (end + 1 < w.length && end - k < 4 && (TIME_WORD(w[end + 1] ?? '') || among(L.OF_DAY_ETC, w[end + 1] ?? ''))) end++;
      return { at: k, end };
    }
  }
  return null;
}

export const DEMAND_WORDS = gate(['final', 'last', 'act', 'too', "don't", 'urgent', 'urgently', 'asap', 'a.s.a.p', 'time-sensitive', 'time-critical', 'need', 'needs', 'require', 'expect', 'demand', 'insist', 'want', 'you', "you've", "you'd", 'u']);

export function demand(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  // An order at the start of the clause, or after "please", with a deadline or "now".
  let start = 0;
  while (among(L.PLEASE_KINDLY_ETC, w[start] ?? '')) start++;
  const order = w[start] ?? '';
  const orderOk = ORDER(order) && (order !== 'get' || w[start + 1] === 'back') && (order !== 'let' || w[start + 1] === 'me');
  const pleaseAt = w.indexOf('please');
  const orderAt = orderOk ? start : pleaseAt >= 0 && ORDER(w[pleaseAt + 1] ?? '') ? pleaseAt + 1 : -1;
  if (orderAt >= 0) {
    const u = urgencyIn(w, orderAt + 1);
    if (u) out.push(hit('order-by', 'demand', Math.min(orderAt, start), u.end, { order: said(c, text, orderAt, u.at - 1), when: said(c, text, u.at, u.end) }));
  }
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (((m[i] ?? 0) & 4) === 0) continue;
    if (among(L.FINAL_LAST, word) && FINAL(w[i + 1] ?? '')) {
      out.push(hit('final-notice', 'demand', i, i + 1, { word: said(c, text, i, i + 1) }));
    } else if (seq(w, i, 'act', 'now') || seq(w, i, 'too', 'late') || (seq(w, i, "don't", 'miss') && among(L.OUT_THIS, w[i + 2] ?? ''))) {
      out.push(hit('final-notice', 'demand', i, i + (w[i] === "don't" ? 2 : 1), { word: said(c, text, i, i + (w[i] === "don't" ? 2 : 1)) }));
    } else if (URGENT(word) && back(w, i, 3, NEG_OR_NO) < 0 && !covered(out, i)) {
      out.push(hit('urgent', 'demand', i, i, { word: said(c, text, i, i) }));
    } else if (NEEDING(word) && (back(w, i, 2, ME) >= 0) && back(w, i, 3, NEG) < 0) {
      const subj = back(w, i, 2, ME);
      const noun = ahead(w, i, 4, ANSWER_NOUN);
      const u = urgencyIn(w, i + 1);
      if (word === 'want' && !u) continue;
      if (noun >= 0 || u) {
        const end = Math.max(noun, u ? u.end : -1);
        out.push(hit('i-need', 'demand', subj, end, { need: said(c, text, i, i), what: noun >= 0 ? said(c, text, i + 1, noun) : said(c, text, i + 1, (u?.at ?? i + 1) - 1), when: u ? said(c, text, u.at, u.end) : '' }));
      }
    } else if (YOU(word) && (i === 0 || ORDER_OPENER(w[i - 1] ?? ''))) {
      // Only "you" opening its clause gives an order: not "one more email you have to deal with".
      let m = i + 1;
      while (among(L.REALLY_STILL_ETC, w[m] ?? '')) m++;
      const modal = w[m] ?? '';
      const two = among(L.NEED_HAVE_ETC, modal) && w[m + 1] === 'to';
      if (!(modal === 'must' || two)) continue;
      const verbAt = m + (two ? 2 : 1);
      const verb = w[verbAt] ?? '';
      if (verb === '' || among(L.BE_HAVE_ETC, verb)) continue;
      if (modal === 'need' && !/^(?:repl|respon|answer|decid|mak|confirm|get|sign|send|choos|commit|let)/.test(verb)) continue;
      out.push(hit('you-must', 'demand', i, verbAt, { subject: said(c, text, i, i), modal: said(c, text, m, verbAt - 1), verb: said(c, text, verbAt, verbAt), rest: said(c, text, verbAt + 1, w.length - 1) }));
    }
  }
}

export const REMINDER = oneOf('reminder', 'reminding');
export const PRESSING = oneOf('need', 'owe', 'still', 'waiting', 'must', 'deadline', 'overdue', 'yet', 'outstanding', 'by', 'asap', "haven't");

export const PASSIVE_WORDS = gate(['per', 'as', 'circling', 'reminder', 'reminding', 'not', 'in', 'reply', 'answer', 'response', 'update', 'any', 'an', 'owe', 'owes'], /^(?:bump|remind)/);

export function passive(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (((m[i] ?? 0) & 8) === 0) continue;
    if (word === 'per' && w[i + 1] === 'my' && among(L.LAST_PREVIOUS_ETC, w[i + 2] ?? '')) {
      out.push(hit('per-my-last', 'passive', w[i - 1] === 'as' ? i - 1 : i, Math.min(i + 3, w.length - 1), { earlier: said(c, text, i + 1, i + 3) }));
    } else if (word === 'as' && ME(w[i + 1] ?? '')) {
      let k = i + 2;
      if (among(L.HAVE_HAD, w[k] ?? '')) k++;
      const already = among(L.ALREADY_PREVIOUSLY_ETC, w[k] ?? '');
      if (already) k++;
      const verb = w[k] ?? '';
      if (!among(L.SAID_STATED_ETC, verb)) continue;
      const when = ahead(w, k, 4, L.BEFORE_EARLIER_ETC_);
      if (already || when >= 0 || (verb === 'said' && k === i + 2)) out.push(hit('as-i-said', 'passive', i, Math.max(k, when), { said: said(c, text, i, Math.max(k, when)) }));
    } else if (word.startsWith('bump') && /^bump(?:ing|ed)?$/.test(word)) {
      out.push(hit('bump', 'passive', w[i - 1] === 'just' ? i - 1 : i, Math.min(i + 1, w.length - 1), { bump: said(c, text, i, i) }));
    } else if (seq(w, i, 'circling', 'back') && (w[i - 1] === 'just' || ahead(w, i + 1, 3, L.AGAIN_) >= 0)) {
      out.push(hit('bump', 'passive', w[i - 1] === 'just' ? i - 1 : i, i + 1, { bump: said(c, text, i, i + 1) }));
    } else if (REMINDER(word) && sentenceHas(c, PRESSING)) {
      const first = back(w, i, 2, L.FRIENDLY_GENTLE_ETC_);
      out.push(hit('friendly-reminder', 'passive', first >= 0 ? first : i, i, { reminder: said(c, text, first >= 0 ? first : i, i) }));
    } else if ((seq(w, i, 'not', 'sure', 'if') || seq(w, i, 'not', 'sure', 'whether')) && among(L.YOU_MY, w[i + 3] ?? '')) {
      out.push(hit('not-sure-if', 'passive', i, i + 3, {}));
    } else if (seq(w, i, 'in', 'case', 'you', 'missed') || seq(w, i, 'in', 'case', 'you', "didn't")) {
      out.push(hit('not-sure-if', 'passive', i, i + 3, {}));
    } else if (among(L.REPLY_ANSWER_ETC2, word) && w[i + 1] === 'would' && w[i + 2] === 'be' && among(L.NICE_FAIR_ETC, w[i + 3] ?? '')) {
      out.push(hit('would-be-nice', 'passive', back(w, i, 2, L.A_AN_ETC_) >= 0 ? i - 1 : i, i + 3, { noun: said(c, text, i, i) }));
    } else if (among(L.ANY_AN, word) && among(L.UPDATE_REPLY_ETC, w[i + 1] ?? '') && seq(w, i + 2, 'at', 'all')) {
      out.push(hit('any-at-all', 'passive', i, i + 3, { noun: said(c, text, i + 1, i + 1) }));
    } else if (among(L.OWE_OWES, word) && w[i + 1] === 'me' && back(w, i, 3, YOU) >= 0) {
      out.push(hit('owe-me', 'passive', back(w, i, 3, YOU), i + 1, {}));
    } else if (word.startsWith('remind') && ahead(w, i, 3, L.AGAIN_) >= 0) {
      out.push(hit('remind-again', 'passive', i, ahead(w, i, 3, L.AGAIN_), {}));
    }
  }
}

export const IMPATIENCE_WORDS = gate(['still', 'waiting', 'wait', 'hello', 'hellooo', 'helloo', 'hi', 'hey', 'anyone', 'anybody', 'somebody', 'someone', 'taking', 'take', 'takes', 'took', 'patience', 'how'], /^chas/);

export function impatience(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (((m[i] ?? 0) & 16) === 0) continue;
    if (word === 'still' && among(L.WAITING_WAIT, w[i + 1] ?? '')) {
      out.push(hit('still-waiting', 'impatience', back(w, i, 2, ME) >= 0 ? back(w, i, 2, ME) : i, i + 1, { wait: said(c, text, i, i + 1) }));
    } else if (word === 'waiting' && among(L.FOR_ON, w[i + 1] ?? '')) {
      const noun = ahead(w, i + 1, 2, ANSWER_NOUN);
      const been = w[i - 1] === 'been';
      if (noun >= 0 || been) out.push(hit('waiting-for', 'impatience', been ? Math.max(0, i - 2) : i, noun >= 0 ? noun : i + 1, { wait: said(c, text, i, noun >= 0 ? noun : i + 1) }));
    } else if (word === 'waiting' && w[i - 1] === 'been' && back(w, i, 3, ME) >= 0) {
      out.push(hit('waiting-for', 'impatience', back(w, i, 3, ME), i, { wait: said(c, text, i - 1, i) }));
    } else if (among(L.HELLO_HELLOOO_ETC, word) && c.alone && w.length <= 2 && c.endMark.includes('?')) {
      out.push(hit('hello', 'impatience', i, i, { hello: said(c, text, i, i) }));
    } else if (among(L.ANYONE_ANYBODY_ETC, word) && (among(L.THERE_HOME_ETC, w[i + 1] ?? '')) && c.endMark.includes('?')) {
      out.push(hit('anyone-there', 'impatience', i, i + 1, { hello: said(c, text, i, i + 1) }));
    } else if (among(L.TAKING_TAKE_ETC, word) && seq(w, i + 1, 'so', 'long')) {
      const what = back(w, i, 3, oneOf('what', 'why', "what's"));
      out.push(hit('so-long', 'impatience', what >= 0 ? what : i, i + 2, { wait: said(c, text, i, i + 2) }));
    } else if (word === 'still' && among(L.NOTHING_NO, w[i + 1] ?? '') && !among(L.RUSH_HURRY_ETC, w[i + 2] ?? '')) {
      out.push(hit('still-nothing', 'impatience', i, w[i + 1] === 'no' ? Math.min(i + 2, w.length - 1) : i + 1, { wait: said(c, text, i, i + 1) }));
    } else if (word === 'patience' && !sentenceHas(c, THANKS)) {
      out.push(hit('patience', 'impatience', back(w, i, 4, L.RUNNING_MY_ETC_) >= 0 ? back(w, i, 4, L.RUNNING_MY_ETC_) : i, i, {}));
    } else if (among(L.WAIT_WAITING, word) && back(w, i, 2, NEG) >= 0 && ahead(w, i, 2, L.LONGER_) >= 0) {
      out.push(hit('wait-longer', 'impatience', back(w, i, 2, NEG), ahead(w, i, 2, L.LONGER_), {}));
    } else if (seq(w, i, 'how', 'long') && ahead(w, i, 7, L.WAIT_WAITING_) >= 0) {
      out.push(hit('how-long', 'impatience', i, ahead(w, i, 7, L.WAIT_WAITING_), {}));
    } else if (/^chas(?:e|ing|ed)$/.test(word) && among(L.YOU_THIS_ETC, w[i + 1] ?? '')) {
      out.push(hit('chase', 'impatience', back(w, i, 3, NEG) >= 0 ? back(w, i, 3, NEG) : i, i + 1, { verb: said(c, text, i, i) }));
    }
  }
}

export const GUILT_WORDS = gate(['after', 'expected', 'decency', 'courtesy', 'the', 'surely', 'you', "you've", "you'd", 'u', 'reply', 'answer', 'response', 'deserve', 'out', 'would', "would've", 'at'], /^disappoint/);

export function guilt(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (((m[i] ?? 0) & 32) === 0) continue;
    if (word.startsWith('disappoint') && /^disappoint(?:ed|ing|ment)$/.test(word) && back(w, i, 2, NEG) < 0) {
      const from = back(w, i, 4, (x) => ME(x) || x === "it's");
      out.push(hit('disappointed', 'guilt', from >= 0 ? from : i, i, { word: said(c, text, i, i) }));
    } else if (word === 'after' && among(L.ALL_EVERYTHING, w[i + 1] ?? '') && ahead(w, i + 1, 4, ME) >= 0) {
      const me = ahead(w, i + 1, 4, ME);
      out.push(hit('after-all', 'guilt', i, Math.min(me + 2, w.length - 1), { did: said(c, text, i, Math.min(me + 2, w.length - 1)) }));
    } else if (word === 'expected' && back(w, i, 3, ME) >= 0 && !among(L.TO, w[i + 1] ?? '')) {
      out.push(hit('expected', 'guilt', back(w, i, 3, ME), Math.min(i + 1, w.length - 1), { expected: said(c, text, i, Math.min(i + 1, w.length - 1)) }));
    } else if (among(L.DECENCY_COURTESY, word) && (word === 'decency' || among(L.COMMON_BASIC_ETC, w[i - 1] ?? ''))) {
      out.push(hit('courtesy', 'guilt', Math.max(0, i - 1), i, { word: said(c, text, i, i) }));
    } else if (seq(w, i, 'the', 'least', 'you')) {
      out.push(hit('least-you-could', 'guilt', i, Math.min(i + 4, w.length - 1), {}));
    } else if (word === 'surely' && YOU(w[i + 1] ?? '')) {
      out.push(hit('had-time', 'guilt', i, i + 1, {}));
    } else if (YOU(word) && ahead(w, i, 4, L.HAD_) >= 0) {
      const had = ahead(w, i, 4, L.HAD_);
      const time = ahead(w, had, 4, L.TIME_);
      const pointed = anyIn(w, i + 1, had, L.MUST_SURELY_ETC_) || anyIn(w, had + 1, time, L.PLENTY_ENOUGH_);
      if (time >= 0 && pointed) out.push(hit('had-time', 'guilt', i, time, {}));
    } else if (among(L.REPLY_ANSWER_ETC3, word) && (seq(w, i + 1, 'seems', 'fair') || seq(w, i + 1, 'is', 'fair'))) {
      out.push(hit('would-be-nice', 'guilt', i, i + 2, { noun: said(c, text, i, i) }));
    } else if (seq(w, i, 'deserve')) {
      out.push(hit('deserve', 'guilt', i, Math.min(i + 2, w.length - 1), {}));
    } else if (seq(w, i, 'out', 'of', 'my', 'way')) {
      out.push(hit('out-of-my-way', 'guilt', Math.max(0, i - 1), i + 3, {}));
    } else if (seq(w, i, 'would', 'have', 'been', 'nice') || seq(w, i, "would've", 'been', 'nice')) {
      out.push(hit('would-have-been-nice', 'guilt', i, i + (w[i] === 'would' ? 3 : 2), {}));
    } else if (seq(w, i, 'at', 'least') && ahead(w, i + 1, 4, (x) => answerAt([x], 0) > 0 || x === 'decency') >= 0 && back(w, i, 4, YOU) >= 0) {
      out.push(hit('at-least', 'guilt', i, i + 1, {}));
    }
  }
}
