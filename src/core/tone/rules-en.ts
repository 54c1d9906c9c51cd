/**
 * English patterns over clause structure (article rule 1): who is the subject, whether a negation
 * governs a verb of answering, counting, deadlines aimed at the reader, passive aggression,
 * impatience and guilt. Each rule looks a bounded number of words around one anchor word, so a
 * clause is checked in linear time.
 */
import type { Clause } from './clause';
import { ahead, among, anyIn, back, covered, gate, hit, oneOf, said, sentenceHas, seq, toneSteps, WordMasks, type WordTest } from './match';
import type { Hit } from './types';

const YOU = oneOf('you', "you've", "you'd", 'u');
const ME = oneOf('i', "i've", "i'm", "i'd", "i'll", 'we', "we've", "we're", "we'd", "we'll");
const PRONOUN: WordTest = (w) => YOU(w) || ME(w) || oneOf('he', 'she', 'they', "they've", 'it', "you're", "you'll", 'someone', 'anyone')(w);
const BARE_NEG = oneOf('not', 'never', 'havent', 'hasnt', 'didnt', 'dont', 'doesnt', 'wont', 'cant', 'isnt', 'arent', 'wasnt', 'werent');
const NEG: WordTest = (w) => BARE_NEG(w) || w.endsWith("n't");
const NEG_OR_NO: WordTest = (w) => NEG(w) || oneOf('no', 'nothing', 'none', 'without')(w);
const CONDITIONAL = oneOf('if', 'unless', 'whether', 'case');
const THANKS = oneOf('thanks', 'thank', 'grateful', 'congratulations', 'sorry', 'apologies', 'appreciate', 'appreciated');

const ANSWER_1 = oneOf(
  'answer', 'answered', 'answering', 'answers', 'reply', 'replied', 'replies', 'replying', 'respond', 'responded', 'responding',
  'responds', 'acknowledge', 'acknowledged', 'confirm', 'confirmed', 'read', 'opened', 'looked',
);
const BACK_VERB = oneOf('get', 'got', 'gotten', 'getting', 'gets', 'write', 'wrote', 'written', 'writing', 'call', 'called', 'calling', 'hear', 'heard', 'come', 'came');

/** How many words a verb of answering takes at i ("replied" 1, "got back" 2), else 0. */
function answerAt(words: readonly string[], i: number): number {
  toneSteps.count++;
  const w = words[i] ?? '';
  if (ANSWER_1(w)) return 1;
  if (BACK_VERB(w) && words[i + 1] === 'back') return 2;
  return 0;
}

/** The object after a verb of answering, as the suggestion can reuse it ("my question about pricing"). */
function topicAfter(c: Clause, text: string, i: number): string {
  let k = i;
  while (k < c.words.length && among(['to', 'me', 'on', 'about', 'regarding', 'back', 'yet', 'even', 'ever', 'once'], c.words[k] ?? '')) k++;
  const first = c.words[k];
  if (first === undefined || !among(['my', 'the', 'our', 'this', 'that', 'these'], first)) return '';
  let end = k;
  // "last" ends the object ("… since last week") except right after the determiner ("my last email").
  const stops = (w: string): boolean => among(['so', 'and', 'but', 'because', 'since', 'yet', 'from', 'for'], w) || (w === 'last' && end > k);
  while (end + 1 < c.words.length && end - k < 5 && !stops(c.words[end + 1] ?? '')) end++;
  // A determiner alone ("my") is no topic: the suggestion then says "this".
  if (end === k) return '';
  return said(c, text, k, end).replace(/^(?:The|My|Our|This|That)\b/, (s) => s.toLowerCase());
}

const RELEASE = oneOf('need', 'needs', 'needed', 'time', 'chance', 'moment', 'obliged', 'feel', 'worry', 'rush', 'hurry');
const HEARD_WHAT = oneOf('back', 'anything', 'word', 'reply', 'answer', 'response', 'news', 'feedback');
const RECEIVE = gate(['heard', 'hear', 'received', 'receive', 'got', 'gotten', 'get', 'had']);

/** "you haven't replied", "why didn't you answer", "you chose not to respond", "you failed to reply". */
/** Words a verb of answering or receiving starts from: bit 6 of MASKS. */
const ANSWER_OR_RECEIVE: WordTest = (w) => ANSWER_1(w) || BACK_VERB(w) || RECEIVE(w);
const ANSWER_BIT = 1 << 6;

function noAnswer(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
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
      if (w[i - 1] === 'to' && anyIn(w, from, i - 2, (x: string) => among(['have', 'has', 'had', 'got'], x))) continue;
      out.push(hit('no-answer', 'blame', from, verbEnd, { ...parts, neg: said(c, text, neg, neg) }));
      continue;
    }
    const failed = back(w, i, 3, (x: string) => among(['failed', 'forgot', 'forgotten', 'neglected'], x));
    if (failed >= 0) out.push(hit('failed-to-answer', 'blame', Math.min(subj, failed), verbEnd, { ...parts, neg: said(c, text, failed, failed) }));
    else if (w[i - 1] === 'even' && w[i] === 'read') out.push(hit('even-read', 'blame', Math.max(0, subj - 1), i, parts));
  }
}

/** "I haven't heard a word from you", "I never got an answer from you"; not "...from the other candidates". */
function notHeard(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    if (((m[i] ?? 0) & ANSWER_BIT) === 0) continue;
    if (!RECEIVE(w[i] ?? '')) continue;
    const subj = back(w, i, 5, PRONOUN);
    const neg = back(w, i, 4, NEG);
    if (subj < 0 || !ME(w[subj] ?? '') || neg < 0) continue;
    const from = ahead(w, i, 6, (x: string) => among(['from'], x));
    const fromYou = from >= 0 && among(['you', 'your'], w[from + 1] ?? '');
    if (from >= 0 && !fromYou) continue;
    const what = ahead(w, i, 4, HEARD_WHAT);
    if (!fromYou && what < 0) continue;
    // "I didn't get a chance to reply": about their own time, not the reader's silence.
    if (anyIn(w, i + 1, fromYou ? from : what, RELEASE)) continue;
    out.push(hit('not-heard', 'blame', Math.min(subj, neg), fromYou ? from + 1 : what, { neg: said(c, text, neg, neg), verb: said(c, text, i, i) }));
  }
}

const BLAME_WORDS = gate(['ignored', 'ignoring', 'why', 'did', 'have', 'do', 'no', 'any']);

function blame(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  noAnswer(c, text, out, m);
  notHeard(c, text, out, m);
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (((m[i] ?? 0) & 1) === 0) continue;
    if (among(['ignored', 'ignoring'], word)) {
      const subj = back(w, i, 5, PRONOUN);
      const objectMine = among(['me', 'my'], w[i + 1] ?? '');
      if ((subj >= 0 && YOU(w[subj] ?? '')) || objectMine) {
        out.push(hit('ignored', 'blame', subj >= 0 ? subj : i, objectMine ? i + 1 : i, { verb: said(c, text, i, i) }));
      }
    } else if (word === 'why' && NEG(w[i + 1] ?? '') && YOU(w[i + 2] ?? '') && !among(['join', 'come', 'try', 'give', 'take'], w[i + 3] ?? '')) {
      if (!covered(out, i + 2)) out.push(hit('why-not', 'blame', i, i + 2, { neg: said(c, text, i + 1, i + 1) }));
    } else if (among(['did', 'have', 'do'], word) && YOU(w[i + 1] ?? '') && w[i + 2] === 'even') {
      out.push(hit('even-read', 'blame', i, Math.min(i + 3, w.length - 1), { verb: said(c, text, i + 3, i + 3) }));
    } else if (among(['no', 'any'], word) && among(['reply', 'answer', 'response', 'word'], w[i + 1] ?? '')) {
      const from = ahead(w, i + 1, 2, (x: string) => among(['from'], x));
      if (from >= 0 && YOU(w[from + 1] ?? '') && (word === 'no' || back(w, i, 4, NEG) >= 0)) out.push(hit('no-reply-from-you', 'blame', i, from + 1, { noun: said(c, text, i + 1, i + 1) }));
    }
  }
}

const ORDINAL = oneOf('second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', '2nd', '3rd', '4th', '5th', '6th');
const COUNTED = oneOf('time', 'email', 'e-mail', 'mail', 'message', 'note', 'reminder', 'follow-up', 'followup', 'attempt', 'request', 'call', 'voicemail', 'try');
const MANY = (w: string): boolean => /^\d+$/.test(w) || oneOf('two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'multiple', 'many', 'numerous', 'countless', 'repeated', 'dozen')(w);
const CONTACTED = (w: string): boolean =>
  /^(?:e-?mail|writ|wrote|call|messag|ask|tri|try|reach|contact|remind|follow|sen[dt]|ping|chas|phon|rang|ring|text)/.test(w);

const COUNT_WORDS = gate(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'multiple', 'many', 'numerous', 'countless', 'repeated', 'dozen', 'twice', 'thrice', 'yet', 'once', 'again', 'over', 'how', 'keep', 'kept', 'keeps', "don't", 'dont', 'time', 'email', 'e-mail', 'mail', 'message', 'note', 'reminder', 'follow-up', 'followup', 'attempt', 'request', 'call', 'voicemail', 'try'], /^\d/);

function count(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (((m[i] ?? 0) & 2) === 0) continue;
    if (ORDINAL(word) && COUNTED(w[i + 1] ?? '')) {
      out.push(hit('ordinal', 'count', i, i + 1, { count: said(c, text, i, i + 1) }));
    } else if ((MANY(word) && among(['times', 'occasions'], w[i + 1] ?? '')) || among(['twice', 'thrice'], word)) {
      const end = word === 'twice' || word === 'thrice' ? i : i + 1;
      const verb = back(w, i, 8, CONTACTED);
      if (verb >= 0) out.push(hit('times', 'count', verb, end, { count: said(c, text, i, end), verb: said(c, text, verb, verb) }));
    } else if ((among(['yet', 'once'], word) && w[i + 1] === 'again') || seq(w, i, 'again', 'and', 'again') || seq(w, i, 'over', 'and', 'over')) {
      if (!sentenceHas(c, THANKS)) out.push(hit('again', 'count', i, i + 1, { count: said(c, text, i, i + 1) }));
    } else if (seq(w, i, 'how', 'many', 'times')) {
      out.push(hit('how-many', 'count', i, i + 2, { count: said(c, text, i, i + 2) }));
    } else if (among(['keep', 'kept', 'keeps'], word) && CONTACTED(w[i + 1] ?? '') && (w[i + 1] ?? '').endsWith('ing') && back(w, i, 2, ME) >= 0) {
      // "I keep sending you emails"; not "rather than keep writing".
      out.push(hit('keep-sending', 'count', back(w, i, 2, ME), i + 1, { count: said(c, text, i, i + 1), verb: said(c, text, i + 1, i + 1) }));
    } else if (seq(w, i, "don't", 'make', 'me') || seq(w, i, 'dont', 'make', 'me')) {
      out.push(hit('make-me', 'count', i, Math.min(i + 3, w.length - 1), { verb: said(c, text, i + 3, i + 3) }));
    } else if (COUNTED(word) && w[i + 1] === 'after' && w[i + 2] === word) {
      out.push(hit('after', 'count', i, i + 2, { count: said(c, text, i, i + 2) }));
    }
  }
}

const URGENT = oneOf('urgent', 'urgently', 'asap', 'a.s.a.p', 'time-sensitive', 'time-critical');
const SOON = oneOf('today', 'now', 'tonight', 'immediately', 'asap', 'a.s.a.p', 'instantly', 'promptly');
const WEEKDAY = oneOf('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday');
const TIME_WORD = (w: string): boolean =>
  /^\d/.test(w) || WEEKDAY(w) || among(['end', 'close', 'cob', 'eod', 'eob', 'eow', 'tomorrow', 'tonight', 'today', 'noon', 'midday', 'lunch', 'lunchtime'], w);
/** What may follow "by the", "by this", "by next": "by the end of the day", not "before the Q4 review". */
const DAY_PART = (w: string): boolean => WEEKDAY(w) || oneOf('end', 'close', 'week', 'weekend', 'month', 'morning', 'afternoon', 'evening')(w);
const ORDER = oneOf('reply', 'respond', 'answer', 'confirm', 'send', 'get', 'let', 'call', 'decide', 'tell', 'email', 'write', 'sign', 'return', 'update', 'give', 'revert');
const NEEDING = oneOf('need', 'needs', 'require', 'expect', 'demand', 'insist', 'want');
const FINAL = oneOf('notice', 'reminder', 'warning', 'attempt', 'chance', 'call', 'opportunity');
const ORDER_OPENER = oneOf('so', 'and', 'but', 'now', 'then', 'therefore', 'really', 'just', 'today', 'honestly');
const ANSWER_NOUN = oneOf('answer', 'reply', 'response', 'decision', 'explanation', 'update', 'confirmation', 'feedback', 'word');

/** Where a deadline or "right now" starts in the clause (and ends), else null. */
function urgencyIn(w: readonly string[], from: number): { at: number; end: number } | null {
  for (let k = from; k < w.length; k++) {
    const x = w[k] ?? '';
    if (SOON(x)) return { at: k, end: k };
    if ((x === 'right' || x === 'straight') && w[k + 1] === 'away') return { at: k, end: k + 1 };
    if (seq(w, k, 'as', 'soon', 'as', 'possible')) return { at: k, end: k + 3 };
    if (seq(w, k, 'at', 'once') || seq(w, k, 'at', 'the', 'latest')) return { at: k, end: k + (w[k + 1] === 'once' ? 1 : 2) };
    if (seq(w, k, 'no', 'later', 'than')) return { at: k, end: Math.min(k + 3, w.length - 1) };
    const next = w[k + 1] ?? '';
    const dated = among(['the', 'this', 'next'], next) ? DAY_PART(w[k + 2] ?? '') : TIME_WORD(next);
    if ((x === 'by' || x === 'before') && dated) {
      let end = k + 1;
      while (end + 1 < w.length && end - k < 4 && (TIME_WORD(w[end + 1] ?? '') || among(['of', 'day', 'business', 'week', 'month', 'morning', 'afternoon', 'evening', 'at', 'latest', 'pm', 'am'], w[end + 1] ?? ''))) end++;
      return { at: k, end };
    }
  }
  return null;
}

const DEMAND_WORDS = gate(['final', 'last', 'act', 'too', "don't", 'urgent', 'urgently', 'asap', 'a.s.a.p', 'time-sensitive', 'time-critical', 'need', 'needs', 'require', 'expect', 'demand', 'insist', 'want', 'you', "you've", "you'd", 'u']);

function demand(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  // An order at the start of the clause, or after "please", with a deadline or "now".
  let start = 0;
  while (among(['please', 'kindly', 'just', 'so', 'and', 'then', 'pls'], w[start] ?? '')) start++;
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
    if (among(['final', 'last'], word) && FINAL(w[i + 1] ?? '')) {
      out.push(hit('final-notice', 'demand', i, i + 1, { word: said(c, text, i, i + 1) }));
    } else if (seq(w, i, 'act', 'now') || seq(w, i, 'too', 'late') || (seq(w, i, "don't", 'miss') && among(['out', 'this'], w[i + 2] ?? ''))) {
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
      while (among(['really', 'still', 'just', 'now', 'simply'], w[m] ?? '')) m++;
      const modal = w[m] ?? '';
      const two = among(['need', 'have', 'has', 'got'], modal) && w[m + 1] === 'to';
      if (!(modal === 'must' || two)) continue;
      const verbAt = m + (two ? 2 : 1);
      const verb = w[verbAt] ?? '';
      if (verb === '' || among(['be', 'have', 'not', 'know', 'understand', 'see'], verb)) continue;
      if (modal === 'need' && !/^(?:repl|respon|answer|decid|mak|confirm|get|sign|send|choos|commit|let)/.test(verb)) continue;
      out.push(hit('you-must', 'demand', i, verbAt, { subject: said(c, text, i, i), modal: said(c, text, m, verbAt - 1), verb: said(c, text, verbAt, verbAt), rest: said(c, text, verbAt + 1, w.length - 1) }));
    }
  }
}

const REMINDER = oneOf('reminder', 'reminding');
const PRESSING = oneOf('need', 'owe', 'still', 'waiting', 'must', 'deadline', 'overdue', 'yet', 'outstanding', 'by', 'asap', "haven't");

const PASSIVE_WORDS = gate(['per', 'as', 'circling', 'reminder', 'reminding', 'not', 'in', 'reply', 'answer', 'response', 'update', 'any', 'an', 'owe', 'owes'], /^(?:bump|remind)/);

function passive(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (((m[i] ?? 0) & 8) === 0) continue;
    if (word === 'per' && w[i + 1] === 'my' && among(['last', 'previous', 'earlier', 'prior', 'original', 'first'], w[i + 2] ?? '')) {
      out.push(hit('per-my-last', 'passive', w[i - 1] === 'as' ? i - 1 : i, Math.min(i + 3, w.length - 1), { earlier: said(c, text, i + 1, i + 3) }));
    } else if (word === 'as' && ME(w[i + 1] ?? '')) {
      let k = i + 2;
      if (among(['have', 'had'], w[k] ?? '')) k++;
      const already = among(['already', 'previously', 'repeatedly'], w[k] ?? '');
      if (already) k++;
      const verb = w[k] ?? '';
      if (!among(['said', 'stated', 'wrote', 'written', 'explained', 'mentioned', 'noted', 'asked', 'pointed', 'told', 'indicated'], verb)) continue;
      const when = ahead(w, k, 4, (x: string) => among(['before', 'earlier', 'previously', 'already', 'times', 'repeatedly', 'last', 'previous'], x));
      if (already || when >= 0 || (verb === 'said' && k === i + 2)) out.push(hit('as-i-said', 'passive', i, Math.max(k, when), { said: said(c, text, i, Math.max(k, when)) }));
    } else if (/^bump(?:ing|ed)?$/.test(word)) {
      out.push(hit('bump', 'passive', w[i - 1] === 'just' ? i - 1 : i, Math.min(i + 1, w.length - 1), { bump: said(c, text, i, i) }));
    } else if (seq(w, i, 'circling', 'back') && (w[i - 1] === 'just' || ahead(w, i + 1, 3, (x: string) => among(['again'], x)) >= 0)) {
      out.push(hit('bump', 'passive', w[i - 1] === 'just' ? i - 1 : i, i + 1, { bump: said(c, text, i, i + 1) }));
    } else if (REMINDER(word) && sentenceHas(c, PRESSING)) {
      const first = back(w, i, 2, (x: string) => among(['friendly', 'gentle', 'quick', 'little', 'kind', 'just', 'another'], x));
      out.push(hit('friendly-reminder', 'passive', first >= 0 ? first : i, i, { reminder: said(c, text, first >= 0 ? first : i, i) }));
    } else if ((seq(w, i, 'not', 'sure', 'if') || seq(w, i, 'not', 'sure', 'whether')) && among(['you', 'my'], w[i + 3] ?? '')) {
      out.push(hit('not-sure-if', 'passive', i, i + 3, {}));
    } else if (seq(w, i, 'in', 'case', 'you', 'missed') || seq(w, i, 'in', 'case', 'you', "didn't")) {
      out.push(hit('not-sure-if', 'passive', i, i + 3, {}));
    } else if (among(['reply', 'answer', 'response', 'update'], word) && w[i + 1] === 'would' && w[i + 2] === 'be' && among(['nice', 'fair', 'polite'], w[i + 3] ?? '')) {
      out.push(hit('would-be-nice', 'passive', back(w, i, 2, (x: string) => among(['a', 'an', 'any', 'some'], x)) >= 0 ? i - 1 : i, i + 3, { noun: said(c, text, i, i) }));
    } else if (among(['any', 'an'], word) && among(['update', 'reply', 'response', 'news'], w[i + 1] ?? '') && seq(w, i + 2, 'at', 'all')) {
      out.push(hit('any-at-all', 'passive', i, i + 3, { noun: said(c, text, i + 1, i + 1) }));
    } else if (among(['owe', 'owes'], word) && w[i + 1] === 'me' && back(w, i, 3, YOU) >= 0) {
      out.push(hit('owe-me', 'passive', back(w, i, 3, YOU), i + 1, {}));
    } else if (/^remind/.test(word) && ahead(w, i, 3, (x: string) => among(['again'], x)) >= 0) {
      out.push(hit('remind-again', 'passive', i, ahead(w, i, 3, (x: string) => among(['again'], x)), {}));
    }
  }
}

const IMPATIENCE_WORDS = gate(['still', 'waiting', 'wait', 'hello', 'hellooo', 'helloo', 'hi', 'hey', 'anyone', 'anybody', 'somebody', 'someone', 'taking', 'take', 'takes', 'took', 'patience', 'how'], /^chas/);

function impatience(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (((m[i] ?? 0) & 16) === 0) continue;
    if (word === 'still' && among(['waiting', 'wait'], w[i + 1] ?? '')) {
      out.push(hit('still-waiting', 'impatience', back(w, i, 2, ME) >= 0 ? back(w, i, 2, ME) : i, i + 1, { wait: said(c, text, i, i + 1) }));
    } else if (word === 'waiting' && among(['for', 'on'], w[i + 1] ?? '')) {
      const noun = ahead(w, i + 1, 2, ANSWER_NOUN);
      const been = w[i - 1] === 'been';
      if (noun >= 0 || been) out.push(hit('waiting-for', 'impatience', been ? Math.max(0, i - 2) : i, noun >= 0 ? noun : i + 1, { wait: said(c, text, i, noun >= 0 ? noun : i + 1) }));
    } else if (word === 'waiting' && w[i - 1] === 'been' && back(w, i, 3, ME) >= 0) {
      out.push(hit('waiting-for', 'impatience', back(w, i, 3, ME), i, { wait: said(c, text, i - 1, i) }));
    } else if (among(['hello', 'hellooo', 'helloo', 'hi', 'hey'], word) && c.alone && w.length <= 2 && c.endMark.includes('?')) {
      out.push(hit('hello', 'impatience', i, i, { hello: said(c, text, i, i) }));
    } else if (among(['anyone', 'anybody', 'somebody', 'someone'], word) && (among(['there', 'home', 'reading', 'listening', 'alive'], w[i + 1] ?? '')) && c.endMark.includes('?')) {
      out.push(hit('anyone-there', 'impatience', i, i + 1, { hello: said(c, text, i, i + 1) }));
    } else if (among(['taking', 'take', 'takes', 'took'], word) && seq(w, i + 1, 'so', 'long')) {
      const what = back(w, i, 3, oneOf('what', 'why', "what's"));
      out.push(hit('so-long', 'impatience', what >= 0 ? what : i, i + 2, { wait: said(c, text, i, i + 2) }));
    } else if (word === 'still' && among(['nothing', 'no'], w[i + 1] ?? '') && !among(['rush', 'hurry', 'pressure', 'need', 'worries', 'problem', 'deadline'], w[i + 2] ?? '')) {
      out.push(hit('still-nothing', 'impatience', i, w[i + 1] === 'no' ? Math.min(i + 2, w.length - 1) : i + 1, { wait: said(c, text, i, i + 1) }));
    } else if (word === 'patience' && !sentenceHas(c, THANKS)) {
      out.push(hit('patience', 'impatience', back(w, i, 4, (x: string) => among(['running', 'my', 'losing', 'lost'], x)) >= 0 ? back(w, i, 4, (x: string) => among(['running', 'my', 'losing', 'lost'], x)) : i, i, {}));
    } else if (among(['wait', 'waiting'], word) && back(w, i, 2, NEG) >= 0 && ahead(w, i, 2, (x: string) => among(['longer'], x)) >= 0) {
      out.push(hit('wait-longer', 'impatience', back(w, i, 2, NEG), ahead(w, i, 2, (x: string) => among(['longer'], x)), {}));
    } else if (seq(w, i, 'how', 'long') && ahead(w, i, 7, (x: string) => among(['wait', 'waiting'], x)) >= 0) {
      out.push(hit('how-long', 'impatience', i, ahead(w, i, 7, (x: string) => among(['wait', 'waiting'], x)), {}));
    } else if (/^chas(?:e|ing|ed)$/.test(word) && among(['you', 'this', 'it'], w[i + 1] ?? '')) {
      out.push(hit('chase', 'impatience', back(w, i, 3, NEG) >= 0 ? back(w, i, 3, NEG) : i, i + 1, { verb: said(c, text, i, i) }));
    }
  }
}

const GUILT_WORDS = gate(['after', 'expected', 'decency', 'courtesy', 'the', 'surely', 'you', "you've", "you'd", 'u', 'reply', 'answer', 'response', 'deserve', 'out', 'would', "would've", 'at'], /^disappoint/);

function guilt(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (((m[i] ?? 0) & 32) === 0) continue;
    if (/^disappoint(?:ed|ing|ment)$/.test(word) && back(w, i, 2, NEG) < 0) {
      const from = back(w, i, 4, (x) => ME(x) || x === "it's");
      out.push(hit('disappointed', 'guilt', from >= 0 ? from : i, i, { word: said(c, text, i, i) }));
    } else if (word === 'after' && among(['all', 'everything'], w[i + 1] ?? '') && ahead(w, i + 1, 4, ME) >= 0) {
      const me = ahead(w, i + 1, 4, ME);
      out.push(hit('after-all', 'guilt', i, Math.min(me + 2, w.length - 1), { did: said(c, text, i, Math.min(me + 2, w.length - 1)) }));
    } else if (word === 'expected' && back(w, i, 3, ME) >= 0 && !among(['to'], w[i + 1] ?? '')) {
      out.push(hit('expected', 'guilt', back(w, i, 3, ME), Math.min(i + 1, w.length - 1), { expected: said(c, text, i, Math.min(i + 1, w.length - 1)) }));
    } else if (among(['decency', 'courtesy'], word) && (word === 'decency' || among(['common', 'basic', 'simple', 'the', 'just'], w[i - 1] ?? ''))) {
      out.push(hit('courtesy', 'guilt', Math.max(0, i - 1), i, { word: said(c, text, i, i) }));
    } else if (seq(w, i, 'the', 'least', 'you')) {
      out.push(hit('least-you-could', 'guilt', i, Math.min(i + 4, w.length - 1), {}));
    } else if (word === 'surely' && YOU(w[i + 1] ?? '')) {
      out.push(hit('had-time', 'guilt', i, i + 1, {}));
    } else if (YOU(word) && ahead(w, i, 4, (x: string) => among(['had'], x)) >= 0) {
      const had = ahead(w, i, 4, (x: string) => among(['had'], x));
      const time = ahead(w, had, 4, (x: string) => among(['time'], x));
      const pointed = anyIn(w, i + 1, had, (x: string) => among(['must', 'surely', 'should'], x)) || anyIn(w, had + 1, time, (x: string) => among(['plenty', 'enough'], x));
      if (time >= 0 && pointed) out.push(hit('had-time', 'guilt', i, time, {}));
    } else if (among(['reply', 'answer', 'response'], word) && (seq(w, i + 1, 'seems', 'fair') || seq(w, i + 1, 'is', 'fair'))) {
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

/** Bit k: the words family k starts from (the order of the calls below). */
const MASKS = new WordMasks([BLAME_WORDS, COUNT_WORDS, DEMAND_WORDS, PASSIVE_WORDS, IMPATIENCE_WORDS, GUILT_WORDS, ANSWER_OR_RECEIVE]);

export function englishHits(c: Clause, text: string): Hit[] {
  const out: Hit[] = [];
  const m = MASKS.of(c.words);
  blame(c, text, out, m);
  count(c, text, out, m);
  demand(c, text, out, m);
  passive(c, text, out, m);
  impatience(c, text, out, m);
  guilt(c, text, out, m);
  return out;
}
