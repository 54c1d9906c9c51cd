/**
 * Swedish patterns over clause structure (article rule 1: "Du har inte svarat än"). Swedish puts
 * the negation after the finite verb in a main clause ("du har inte svarat", "du svarade aldrig")
 * and before it in a subordinate one ("eftersom du inte har svarat"), and inverts the subject
 * after a question word ("varför svarade ni inte"): so the rules look for subject, negation and
 * verb in a bounded window on both sides, not in one order.
 */
import type { Clause } from './clause';
import { ahead, among, anyIn, back, covered, gate, hit, oneOf, said, sentenceHas, seq, toneSteps, WordMasks, type WordTest } from './match';
import type { Hit } from './types';

const YOU = oneOf('du', 'ni');
const ME = oneOf('jag', 'vi');
const PRONOUN: WordTest = (w) => YOU(w) || ME(w) || oneOf('han', 'hon', 'hen', 'de', 'man', 'någon')(w);
const NEG = oneOf('inte', 'aldrig', 'ej', 'icke', 'utan');
const NEG_OR_NO: WordTest = (w) => NEG(w) || oneOf('inget', 'ingen', 'inga', 'ingenting', 'ingalunda')(w);
/** Words that turn "du har inte svarat" into an excuse or a release: "haft tid att", "behöver inte". */
const RELEASE = oneOf('behöver', 'behövs', 'måste', 'tid', 'hunnit', 'hinna', 'hann', 'chans', 'möjlighet', 'tvungen', 'stressa', 'orka', 'orkat');
const THANKS = oneOf('tack', 'tacka', 'tackar', 'grattis', 'förlåt', 'ursäkta', 'uppskattar', 'tacksam');

const ANSWER_RE = /^(?:(?:be)?svar(?:a|ar|ade|at|ats)|återkom(?:ma|mer|mit)?|återkoppla(?:r|de|t)?|bekräfta(?:r|de|t)?|läs(?:a|er|t|te)|tittat)$/;
const ANSWER_1 = (w: string): boolean => ANSWER_RE.test(w);

/** How many words a verb of answering takes at i ("svarat" 1, "hört av dig" 3), else 0. */
function answerAt(words: readonly string[], i: number): number {
  toneSteps.count++;
  const w = words[i] ?? '';
  if (ANSWER_1(w)) return 1;
  if (/^hör(?:a|de|t|s)?$/.test(w) && words[i + 1] === 'av' && among(['dig', 'er', 'sig'], words[i + 2] ?? '')) return 3;
  if (/^ring(?:a|er|de|t)$/.test(w) && words[i + 1] === 'tillbaka') return 2;
  return 0;
}

/** The object after the verb, for the suggestion ("mitt mejl från förra veckan", "offerten"). */
function topicAfter(c: Clause, text: string, i: number): string {
  let k = i;
  while (k < c.words.length && among(['på', 'om', 'angående', 'kring', 'än', 'ännu', 'ens', 'heller', 'alls'], c.words[k] ?? '')) k++;
  if (k === i || k >= c.words.length) return '';
  let end = k;
  while (end + 1 < c.words.length && end - k < 4 && !among(['så', 'och', 'men', 'eftersom', 'trots', 'än', 'ännu', 'nu', 'heller', 'va'], c.words[end + 1] ?? '')) end++;
  return said(c, text, k, end);
}

/** Words a verb of answering or receiving starts from: bit 6 of MASKS. */
const ANSWER_OR_RECEIVE: WordTest = (w) => ANSWER_1(w) || /^(?:hör|höra|hörde|hört|hörs|ring|ringa|ringer|ringde|ringt)$/.test(w) || RECEIVE(w);
const ANSWER_BIT = 1 << 6;

function noAnswer(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
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
    if (subj < 0 || !YOU(w[subj] ?? '') || among(['om', 'ifall', 'när'], w[subj - 1] ?? '')) continue;
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

const RECEIVE = gate(['fått', 'fick', 'får', 'hört', 'hörde', 'hör']);

/** "jag har inte fått något svar", "jag fick aldrig något svar från er"; not "...från de andra". */
function notHeard(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    if (((m[i] ?? 0) & ANSWER_BIT) === 0) continue;
    const word = w[i] ?? '';
    if (!RECEIVE(word) || w[i + 1] === 'av') continue;
    const subj = back(w, i, 5, PRONOUN);
    const neg = back(w, i, 5, NEG);
    if (subj < 0 || !ME(w[subj] ?? '') || neg < 0) continue;
    const from = ahead(w, i, 5, (x: string) => among(['från'], x));
    const fromYou = from >= 0 && among(['dig', 'er'], w[from + 1] ?? '');
    if (from >= 0 && !fromYou) continue;
    const what = ahead(w, i, 3, (x: string) => among(['svar', 'besked', 'något', 'någon', 'återkoppling', 'respons', 'ord', 'ljud', 'tillbaka'], x));
    if (!fromYou && what < 0) continue;
    out.push(hit('not-heard', 'blame', Math.min(subj, neg), fromYou ? from + 1 : what, { neg: said(c, text, neg, neg), verb: said(c, text, i, i) }));
  }
}

const BLAME_WORDS = gate(['inget', 'ingen', 'något', 'har', 'läste', 'såg', 'läser'], /^ignorer/);

function blame(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  noAnswer(c, text, out, m);
  notHeard(c, text, out, m);
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (((m[i] ?? 0) & 1) === 0) continue;
    if (/^ignorer(?:a|ar|ade|at)$/.test(word)) {
      const subj = back(w, i, 5, PRONOUN);
      const mine = among(['mig', 'mina', 'mitt', 'min', 'oss', 'våra'], w[i + 1] ?? '');
      if ((subj >= 0 && YOU(w[subj] ?? '')) || (mine && word !== 'ignorera')) out.push(hit('ignored', 'blame', subj >= 0 ? subj : i, mine ? i + 1 : i, { verb: said(c, text, i, i) }));
    } else if (among(['inget', 'ingen', 'något'], word) && among(['svar', 'besked', 'återkoppling'], w[i + 1] ?? '') && w[i + 2] === 'från' && YOU(w[i + 3] === 'dig' ? 'du' : w[i + 3] === 'er' ? 'ni' : '')) {
      if (word !== 'något' || back(w, i, 4, NEG) >= 0) out.push(hit('no-reply-from-you', 'blame', i, i + 3, { noun: said(c, text, i + 1, i + 1) }));
    } else if (among(['har', 'läste', 'såg', 'läser'], word) && YOU(w[i + 1] ?? '') && w[i + 2] === 'ens') {
      out.push(hit('even-read', 'blame', i, Math.min(i + 3, w.length - 1), { verb: said(c, text, i + 3, i + 3) }));
    }
  }
}

const ORDINAL = oneOf('andra', 'tredje', 'fjärde', 'femte', 'sjätte', 'sjunde', 'åttonde', 'nionde', 'tionde', '2:a', '3:e', '4:e', '5:e');
const COUNTED = oneOf('gången', 'gång', 'påminnelse', 'påminnelsen', 'mejlet', 'mejl', 'mailet', 'mail', 'meddelandet', 'försöket', 'uppföljningen', 'uppföljning', 'samtalet');
const MANY = (w: string): boolean => /^\d+$/.test(w) || oneOf('två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'flera', 'många', 'upprepade', 'otaliga', 'flertal')(w);
const CONTACTED = (w: string): boolean =>
  /^(?:mejl|mail|skriv|skrev|ring|fråg|försök|kontakt|påmin|skick|påpek|nämn|bett|bad|be$|hört|jag)/.test(w);

const COUNT_WORDS = gate(['andra', 'tredje', 'fjärde', 'femte', 'sjätte', 'sjunde', 'åttonde', 'nionde', 'tionde', '2:a', '3:e', '4:e', '5:e', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'flera', 'många', 'upprepade', 'otaliga', 'flertal', 'återigen', 'än', 'ännu', 'gång', 'om', 'hur', 'gången', 'påminnelse', 'påminnelsen', 'mejlet', 'mejl', 'mailet', 'mail', 'meddelandet', 'försöket', 'uppföljningen', 'uppföljning', 'samtalet'], /^\d/);

function count(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (((m[i] ?? 0) & 2) === 0) continue;
    if (ORDINAL(word) && (COUNTED(w[i + 1] ?? '') || (among(['min', 'mitt', 'den', 'det'], w[i - 1] ?? '') && COUNTED(w[i + 2] ?? '')))) {
      out.push(hit('ordinal', 'count', i, COUNTED(w[i + 1] ?? '') ? i + 1 : i + 2, { count: said(c, text, i, COUNTED(w[i + 1] ?? '') ? i + 1 : i + 2) }));
    } else if (MANY(word) && among(['gånger', 'tillfällen'], w[i + 1] ?? '')) {
      const verb = back(w, i, 8, CONTACTED);
      if (verb >= 0) out.push(hit('times', 'count', verb, i + 1, { count: said(c, text, i, i + 1), verb: said(c, text, verb, verb) }));
    } else if (word === 'återigen' || (among(['än', 'ännu'], word) && seq(w, i + 1, 'en', 'gång')) || seq(w, i, 'gång', 'på', 'gång') || seq(w, i, 'om', 'och', 'om')) {
      if (!sentenceHas(c, THANKS)) out.push(hit('again', 'count', i, word === 'återigen' ? i : i + 2, { count: said(c, text, i, word === 'återigen' ? i : i + 2) }));
    } else if (seq(w, i, 'hur', 'många', 'gånger')) {
      out.push(hit('how-many', 'count', i, i + 2, { count: said(c, text, i, i + 2) }));
    } else if (COUNTED(word) && w[i + 1] === 'efter' && w[i + 2] === word) {
      out.push(hit('after', 'count', i, i + 2, { count: said(c, text, i, i + 2) }));
    }
  }
}

const URGENT = oneOf('brådskande', 'bråttom', 'akut', 'snarast', 'omgående', 'asap', 'tidskritiskt', 'tidskritisk', 'skyndsamt', 'snarast');
const SOON = oneOf('nu', 'idag', 'omedelbart', 'direkt', 'genast', 'snarast', 'omgående', 'ikväll', 'asap');
const ORDER = (w: string): boolean => oneOf('svara', 'återkom', 'hör', 'skicka', 'bekräfta', 'meddela', 'ring', 'bestäm', 'ge', 'mejla', 'maila', 'skriv', 'lämna', 'besvara')(w);
const NEEDING = oneOf('behöver', 'kräver', 'förväntar', 'vill');
const FINAL = oneOf('chansen', 'påminnelsen', 'påminnelse', 'varningen', 'försöket', 'tillfället');
const ORDER_OPENER = oneOf('så', 'och', 'men', 'nu', 'då', 'att', 'alltså', 'verkligen');
const ANSWER_NOUN = oneOf('svar', 'besked', 'beslut', 'förklaring', 'bekräftelse', 'återkoppling', 'svaret', 'beskedet', 'beslutet');
const DAY = oneOf('måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag', 'lunch', 'imorgon', 'ikväll', 'idag');

/** Where a deadline or "right now" starts in the clause (and ends), else null. */
function urgencyIn(w: readonly string[], from: number): { at: number; end: number } | null {
  for (let k = from; k < w.length; k++) {
    const x = w[k] ?? '';
    if (SOON(x)) return { at: k, end: k };
    if (x === 'i' && among(['dag', 'kväll', 'morgon', 'eftermiddag'], w[k + 1] ?? '')) return { at: k, end: k + 1 };
    if (seq(w, k, 'med', 'en', 'gång')) return { at: k, end: k + 2 };
    if ((seq(w, k, 'så', 'snart') || seq(w, k, 'så', 'fort')) && ahead(w, k, 3, (x: string) => among(['möjligt'], x)) >= 0) return { at: k, end: ahead(w, k, 3, (x: string) => among(['möjligt'], x)) };
    if (x === 'senast') return { at: k, end: Math.min(k + (w[k + 1] === 'i' ? 2 : 1), w.length - 1) };
    if (among(['före', 'innan'], x) && (DAY(w[k + 1] ?? '') || /s$/.test(w[k + 1] ?? '') || among(['månaden', 'veckan', 'dagen'], w[k + 1] ?? ''))) {
      return { at: k, end: Math.min(k + (among(['månaden', 'veckan'], w[k + 1] ?? '') ? 3 : /s$/.test(w[k + 1] ?? '') ? 2 : 1), w.length - 1) };
    }
    if (x === 'till' && (DAY(w[k + 1] ?? '') || (w[k + 1] === 'i' && w[k + 2] === 'morgon'))) return { at: k, end: Math.min(k + (w[k + 1] === 'i' ? 2 : 1) + (w[k + 3] === 'bitti' ? 1 : 0), w.length - 1) };
  }
  return null;
}

const DEMAND_WORDS = gate(['sista', 'slutlig', 'slutliga', 'brådskande', 'bråttom', 'akut', 'snarast', 'omgående', 'asap', 'tidskritiskt', 'tidskritisk', 'skyndsamt', 'behöver', 'kräver', 'förväntar', 'vill', 'du', 'ni'], /^påminnelse/);

function demand(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  let start = 0;
  while (among(['snälla', 'vänligen', 'bara', 'så', 'och', 'men', 'nu'], w[start] ?? '')) start++;
  const order = w[start] ?? '';
  if (ORDER(order) && (order !== 'hör' || w[start + 1] === 'av')) {
    const u = urgencyIn(w, start + 1);
    if (u) out.push(hit('order-by', 'demand', start, u.end, { order: said(c, text, start, u.at - 1), when: said(c, text, u.at, u.end) }));
  }
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (((m[i] ?? 0) & 4) === 0) continue;
    if ((word === 'sista' || word === 'slutlig' || word === 'slutliga') && FINAL(w[i + 1] ?? '')) {
      out.push(hit('final-notice', 'demand', i, i + 1, { word: said(c, text, i, i + 1) }));
    } else if (/^påminnelse/.test(word) && among(['nr', 'nummer'], w[i + 1] ?? '') && /^\d+$/.test(w[i + 2] ?? '')) {
      out.push(hit('ordinal', 'count', i, i + 2, { count: said(c, text, i, i + 2), verb: 'påmin' }));
    } else if (URGENT(word) && back(w, i, 3, NEG_OR_NO) < 0 && !covered(out, i)) {
      out.push(hit('urgent', 'demand', i, i, { word: said(c, text, i, i) }));
    } else if (NEEDING(word) && back(w, i, 2, ME) >= 0 && back(w, i, 2, NEG) < 0 && ahead(w, i, 1, NEG) < 0) {
      const subj = back(w, i, 2, ME);
      const noun = ahead(w, i, 4, ANSWER_NOUN);
      const u = urgencyIn(w, i + 1);
      if (word === 'vill' && !u) continue;
      if (word === 'kräver' || noun >= 0 || u) {
        const end = Math.max(noun, u ? u.end : -1, word === 'kräver' ? Math.min(i + 2, w.length - 1) : -1, w[i + 1] === 'mig' ? i + 1 : -1);
        const whatEnd = noun >= 0 ? noun : u ? u.at - 1 : end;
        out.push(hit('i-need', 'demand', subj, end, { need: said(c, text, i, w[i + 1] === 'mig' ? i + 1 : i), what: said(c, text, w[i + 1] === 'mig' ? i + 2 : i + 1, whatEnd), when: u ? said(c, text, u.at, u.end) : '' }));
      }
    } else if (YOU(word) && (w[i + 1] === 'måste' || seq(w, i + 1, 'är', 'tvungen', 'att') || seq(w, i + 1, 'är', 'tvungna', 'att')) && (i === 0 || ORDER_OPENER(w[i - 1] ?? ''))) {
      // Only "du" opening its clause gives an order: not "ännu ett mejl du måste hantera".
      const verbAt = w[i + 1] === 'måste' ? i + 2 : i + 4;
      const verb = w[verbAt] ?? '';
      if (verb === '' || among(['vara', 'ha', 'inte', 'ju', 'förstå'], verb)) continue;
      out.push(hit('you-must', 'demand', i, verbAt, { subject: said(c, text, i, i), modal: said(c, text, i + 1, verbAt - 1), verb: said(c, text, verbAt, verbAt), rest: said(c, text, verbAt + 1, w.length - 1) }));
    }
  }
}

const PRESSING = oneOf('behöver', 'skyldig', 'fortfarande', 'väntar', 'måste', 'senast', 'än', 'ännu', 'inte');

const PASSIVE_WORDS = gate(['som', 'enligt', 'puffa', 'puffar', 'bumpa', 'bumpar', 'vet', 'ifall', 'om', 'svar', 'respons', 'återkoppling', 'besked', 'skyldig'], /^påmin/);

function passive(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (((m[i] ?? 0) & 8) === 0) continue;
    if (word === 'som' && ME(w[i + 1] ?? '')) {
      let k = i + 2;
      if (among(['har', 'hade'], w[k] ?? '')) k++;
      const already = among(['redan', 'tidigare'], w[k] ?? '');
      if (already) k++;
      const verb = w[k] ?? '';
      if (!/^(?:sa|sade|sagt|skrev|skrivit|nämnde|nämnt|påpekade|påpekat|förklarade|förklarat|frågade|frågat)$/.test(verb)) continue;
      const when = ahead(w, k, 4, (x: string) => among(['tidigare', 'redan', 'sist', 'förra', 'gånger', 'senaste'], x));
      if (already || when >= 0 || (among(['sa', 'sade'], verb) && k === i + 2)) out.push(hit('as-i-said', 'passive', i, Math.max(k, when >= 0 ? Math.min(when + 1, w.length - 1) : k), { said: said(c, text, i, k) }));
    } else if (word === 'enligt' && among(['mitt', 'mina', 'min'], w[i + 1] ?? '') && among(['förra', 'tidigare', 'senaste', 'första'], w[i + 2] ?? '')) {
      out.push(hit('per-my-last', 'passive', i, Math.min(i + 3, w.length - 1), { earlier: said(c, text, i + 1, i + 3) }));
    } else if (/^(?:puffa|puffar|bumpa|bumpar)$/.test(word)) {
      const end = ahead(w, i, 2, (x: string) => among(['upp'], x));
      out.push(hit('bump', 'passive', w[i - 1] === 'bara' ? i - 1 : i, end >= 0 ? end : i, { bump: said(c, text, i, end >= 0 ? end : i) }));
    } else if (/^påminnelse/.test(word) && among(['vänlig', 'liten', 'kort', 'snäll', 'en', 'ytterligare', 'ny'], w[i - 1] ?? '') && sentenceHas(c, PRESSING)) {
      const first = back(w, i, 3, (x: string) => among(['vänlig', 'liten', 'kort', 'snäll', 'bara', 'ytterligare'], x));
      out.push(hit('friendly-reminder', 'passive', first >= 0 ? first : i - 1, i, { reminder: said(c, text, first >= 0 ? first : i - 1, i) }));
    } else if (seq(w, i, 'vet', 'inte', 'om') && YOU(w[i + 3] ?? '')) {
      out.push(hit('not-sure-if', 'passive', i, i + 3, {}));
    } else if (among(['ifall', 'om'], word) && YOU(w[i + 1] ?? '') && ahead(w, i + 1, 2, (x) => /^miss(?:at|ade)$/.test(x)) >= 0) {
      out.push(hit('not-sure-if', 'passive', i, ahead(w, i + 1, 2, (x) => /^miss(?:at|ade)$/.test(x)), {}));
    } else if (among(['svar', 'respons', 'återkoppling', 'besked'], word) && w[i + 1] === 'vore' && among(['trevligt', 'rimligt', 'schysst', 'snällt', 'på', 'kul'], w[i + 2] ?? '')) {
      out.push(hit('would-be-nice', w[i + 2] === 'rimligt' ? 'guilt' : 'passive', back(w, i, 2, (x: string) => among(['ett', 'lite', 'något'], x)) >= 0 ? i - 1 : i, i + 2, { noun: said(c, text, i, i) }));
    } else if (word === 'skyldig' && back(w, i, 3, YOU) >= 0 && ahead(w, i, 1, (x: string) => among(['mig', 'oss'], x)) >= 0) {
      out.push(hit('owe-me', 'passive', back(w, i, 3, YOU), i + 1, {}));
    } else if (/^påmin(?:na|ner|de)$/.test(word) && ahead(w, i, 3, (x: string) => among(['igen'], x)) >= 0) {
      out.push(hit('remind-again', 'passive', w[i - 1] === 'bara' ? i - 1 : i, ahead(w, i, 3, (x: string) => among(['igen'], x)), {}));
    }
  }
}

const WHY_WHAT = oneOf('varför', 'vad');

const IMPATIENCE_WORDS = gate(['hallå', 'hallåå', 'hallååå', 'hej', 'hallo', 'någon', 'nån', 'ta', 'tar', 'tog', 'fortfarande', 'tålamod', 'hur'], /^(?:vänta|dröj|jag)/);

function impatience(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (((m[i] ?? 0) & 16) === 0) continue;
    const waits = /^vänta(?:r|t|de)?$/.test(word);
    if (waits && (among(['fortfarande', 'ännu', 'än', 'fortf'], w[i + 1] ?? '') || w[i - 1] === 'fortfarande')) {
      out.push(hit('still-waiting', 'impatience', back(w, i, 2, ME) >= 0 ? back(w, i, 2, ME) : i, among(['fortfarande', 'ännu', 'än', 'fortf'], w[i + 1] ?? '') ? i + 1 : i, { wait: said(c, text, i, i + 1) }));
    } else if (waits && w[i + 1] === 'på' && ahead(w, i + 1, 2, ANSWER_NOUN) >= 0 && w[i + 2] !== 'att') {
      const noun = ahead(w, i + 1, 2, ANSWER_NOUN);
      out.push(hit('waiting-for', 'impatience', back(w, i, 2, ME) >= 0 ? back(w, i, 2, ME) : i, noun, { wait: said(c, text, i, noun) }));
    } else if (among(['hallå', 'hallåå', 'hallååå', 'hej', 'hallo'], word) && c.alone && w.length <= 2 && c.endMark.includes('?')) {
      out.push(hit('hello', 'impatience', i, i, { hello: said(c, text, i, i) }));
    } else if (among(['någon', 'nån'], word) && among(['där', 'hemma'], w[i + 1] ?? '') && c.endMark.includes('?')) {
      out.push(hit('anyone-there', 'impatience', back(w, i, 2, (x: string) => among(['är'], x)) >= 0 ? back(w, i, 3, (x: string) => among(['är', 'det'], x)) : i, i + 1, { hello: said(c, text, i, i + 1) }));
    } else if (/^dröj(?:er|t|de|a)$/.test(word) && (sentenceHas(c, WHY_WHAT) || seq(w, i + 1, 'så', 'länge'))) {
      const from = back(w, i, 4, WHY_WHAT);
      out.push(hit('so-long', 'impatience', from >= 0 ? from : i, seq(w, i + 1, 'så', 'länge') ? i + 2 : i, { wait: said(c, text, i, i) }));
    } else if (/^t(?:a|ar|og)$/.test(word) && (seq(w, i + 1, 'så', 'lång', 'tid') || seq(w, i + 1, 'sån', 'tid') || seq(w, i + 1, 'sådan', 'tid'))) {
      const from = back(w, i, 4, WHY_WHAT);
      out.push(hit('so-long', 'impatience', from >= 0 ? from : i, Math.min(i + 3, w.length - 1), { wait: said(c, text, i, Math.min(i + 3, w.length - 1)) }));
    } else if (word === 'fortfarande' && among(['ingenting', 'inget', 'inga'], w[i + 1] ?? '') && !among(['brådska', 'stress', 'press'], w[i + 2] ?? '')) {
      out.push(hit('still-nothing', 'impatience', i, i + 1, { wait: said(c, text, i, i + 1) }));
    } else if (word === 'tålamod' && !sentenceHas(c, THANKS)) {
      out.push(hit('patience', 'impatience', back(w, i, 2, (x: string) => among(['mitt', 'vårt'], x)) >= 0 ? back(w, i, 2, (x: string) => among(['mitt', 'vårt'], x)) : i, ahead(w, i, 3, (x: string) => among(['slut', 'tryter'], x)) >= 0 ? ahead(w, i, 3, (x: string) => among(['slut', 'tryter'], x)) : i, {}));
    } else if (waits && back(w, i, 2, NEG) >= 0 && ahead(w, i, 2, (x: string) => among(['längre'], x)) >= 0) {
      out.push(hit('wait-longer', 'impatience', back(w, i, 2, NEG), ahead(w, i, 2, (x: string) => among(['längre'], x)), {}));
    } else if (seq(w, i, 'hur', 'länge') && ahead(w, i, 6, (x) => /^vänta/.test(x)) >= 0) {
      out.push(hit('how-long', 'impatience', i, ahead(w, i, 6, (x) => /^vänta/.test(x)), {}));
    } else if (/^jag(?:a|ar|at|ade)$/.test(word) && among(['dig', 'er'], w[i + 1] ?? '')) {
      out.push(hit('chase', 'impatience', i, i + 1, { verb: said(c, text, i, i) }));
    }
  }
}

const GUILT_WORDS = gate(['efter', 'förväntat', 'väntat', 'förväntade', 'hyfs', 'vett', 'anständighet', 'artighet', 'folkvett', 'det', 'du', 'ni', 'hade', 'åtminstone'], /^(?:besvik|förtjäna)/);

function guilt(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (((m[i] ?? 0) & 32) === 0) continue;
    if (/^besvik(?:en|na|et|else)$/.test(word) && back(w, i, 2, NEG) < 0) {
      const from = back(w, i, 4, ME);
      out.push(hit('disappointed', 'guilt', from >= 0 ? from : i, i, { word: said(c, text, i, i) }));
    } else if (word === 'efter' && among(['allt', 'all'], w[i + 1] ?? '') && ahead(w, i + 1, 4, ME) >= 0) {
      const me = ahead(w, i + 1, 4, ME);
      const end = ahead(w, me, 3, (x) => /^(?:gjort|lagt|ägnat|hjälpt|ställt)$/.test(x));
      out.push(hit('after-all', 'guilt', i, end >= 0 ? end : me, { did: said(c, text, i, end >= 0 ? end : me) }));
    } else if (/^(?:förväntat|väntat|förväntade)$/.test(word) && w[i + 1] === 'mig' && (back(w, i, 3, (x: string) => among(['hade', 'ha'], x)) >= 0 || word === 'förväntade') && back(w, i, 4, ME) >= 0) {
      out.push(hit('expected', 'guilt', back(w, i, 4, ME), i + 1, { expected: said(c, text, i, i + 1) }));
    } else if (among(['hyfs', 'vett', 'anständighet', 'artighet', 'folkvett'], word) && (word !== 'artighet' || among(['vanlig', 'grundläggande', 'enkel'], w[i - 1] ?? ''))) {
      out.push(hit('courtesy', 'guilt', among(['vanlig', 'grundläggande', 'enkel'], w[i - 1] ?? '') ? i - 1 : i, i, { word: said(c, text, i, i) }));
    } else if (seq(w, i, 'det', 'minsta') && YOU(w[i + 2] ?? '')) {
      out.push(hit('least-you-could', 'guilt', i, Math.min(i + 3, w.length - 1), {}));
    } else if (YOU(word) && ahead(w, i, 4, (x: string) => among(['haft', 'hunnit'], x)) >= 0) {
      const had = ahead(w, i, 4, (x: string) => among(['haft', 'hunnit'], x));
      const pointed = anyIn(w, i + 1, had, (x: string) => among(['väl', 'ju', 'borde', 'måste'], x));
      const time = w[had] === 'hunnit' ? had + 1 : ahead(w, had, 3, (x: string) => among(['tid'], x));
      const plenty = anyIn(w, had + 1, time, (x: string) => among(['gott', 'tillräckligt', 'massor'], x));
      if (time >= 0 && time < w.length && (pointed || plenty)) out.push(hit('had-time', 'guilt', i, time, {}));
    } else if (/^förtjäna(?:r|t)?$/.test(word) && ahead(w, i, 2, ANSWER_NOUN) >= 0) {
      out.push(hit('deserve', 'guilt', i, ahead(w, i, 2, ANSWER_NOUN), {}));
    } else if (seq(w, i, 'hade', 'varit') && among(['trevligt', 'schysst', 'kul', 'snällt'], w[i + 2] ?? '') && ahead(w, i + 2, 4, ANSWER_NOUN) >= 0) {
      out.push(hit('would-have-been-nice', 'guilt', i, ahead(w, i + 2, 4, ANSWER_NOUN), {}));
    } else if (word === 'åtminstone' && back(w, i, 3, YOU) >= 0) {
      out.push(hit('at-least', 'guilt', back(w, i, 3, YOU), i, {}));
    }
  }
}

/** Bit k: the words family k starts from (the order of the calls below). */
const MASKS = new WordMasks([BLAME_WORDS, COUNT_WORDS, DEMAND_WORDS, PASSIVE_WORDS, IMPATIENCE_WORDS, GUILT_WORDS, ANSWER_OR_RECEIVE]);

export function swedishHits(c: Clause, text: string): Hit[] {
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
