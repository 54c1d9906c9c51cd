/**
 * Swedish rules about pressure: counting and keeping score, deadlines and demands ("måste",
 * "senast i morgon"), passive aggression, impatience and guilt.
 */
import type { Clause } from '../clause';
import { ahead, among, anyIn, back, covered, gate, hit, oneOf, said, sentenceHas, seq } from '../match';
import type { Hit } from '../types';
import { YOU, ME, NEG, NEG_OR_NO, THANKS } from './words';
import { ORDINAL, COUNTED, MANY, CONTACTED } from './answering';
import * as L from './lists';

export const COUNT_WORDS = gate(['andra', 'tredje', 'fjärde', 'femte', 'sjätte', 'sjunde', 'åttonde', 'nionde', 'tionde', '2:a', '3:e', '4:e', '5:e', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'flera', 'många', 'upprepade', 'otaliga', 'flertal', 'återigen', 'än', 'ännu', 'gång', 'om', 'hur', 'gången', 'påminnelse', 'påminnelsen', 'mejlet', 'mejl', 'mailet', 'mail', 'meddelandet', 'försöket', 'uppföljningen', 'uppföljning', 'samtalet'], /^\d/);

export function count(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (((m[i] ?? 0) & 2) === 0) continue;
    if (ORDINAL(word) && (COUNTED(w[i + 1] ?? '') || (among(L.MIN_MITT_ETC, w[i - 1] ?? '') && COUNTED(w[i + 2] ?? '')))) {
      out.push(hit('ordinal', 'count', i, COUNTED(w[i + 1] ?? '') ? i + 1 : i + 2, { count: said(c, text, i, COUNTED(w[i + 1] ?? '') ? i + 1 : i + 2) }));
    } else if (MANY(word) && among(L.GANGER_TILLFALLEN, w[i + 1] ?? '')) {
      const verb = back(w, i, 8, CONTACTED);
      if (verb >= 0) out.push(hit('times', 'count', verb, i + 1, { count: said(c, text, i, i + 1), verb: said(c, text, verb, verb) }));
    } else if (word === 'återigen' || (among(L.AN_ANNU, word) && seq(w, i + 1, 'en', 'gång')) || seq(w, i, 'gång', 'på', 'gång') || seq(w, i, 'om', 'och', 'om')) {
      if (!sentenceHas(c, THANKS)) out.push(hit('again', 'count', i, word === 'återigen' ? i : i + 2, { count: said(c, text, i, word === 'återigen' ? i : i + 2) }));
    } else if (seq(w, i, 'hur', 'många', 'gånger')) {
      out.push(hit('how-many', 'count', i, i + 2, { count: said(c, text, i, i + 2) }));
    } else if (COUNTED(word) && w[i + 1] === 'efter' && w[i + 2] === word) {
      out.push(hit('after', 'count', i, i + 2, { count: said(c, text, i, i + 2) }));
    }
  }
}

export const URGENT = oneOf('brådskande', 'bråttom', 'akut', 'snarast', 'omgående', 'asap', 'tidskritiskt', 'tidskritisk', 'skyndsamt', 'snarast');
export const SOON = oneOf('nu', 'idag', 'omedelbart', 'direkt', 'genast', 'snarast', 'omgående', 'ikväll', 'asap');
export const ORDER = oneOf('svara', 'återkom', 'hör', 'skicka', 'bekräfta', 'meddela', 'ring', 'bestäm', 'ge', 'mejla', 'maila', 'skriv', 'lämna', 'besvara');
export const NEEDING = oneOf('behöver', 'kräver', 'förväntar', 'vill');
export const FINAL = oneOf('chansen', 'påminnelsen', 'påminnelse', 'varningen', 'försöket', 'tillfället');
export const ORDER_OPENER = oneOf('så', 'och', 'men', 'nu', 'då', 'att', 'alltså', 'verkligen');
export const ANSWER_NOUN = oneOf('svar', 'besked', 'beslut', 'förklaring', 'bekräftelse', 'återkoppling', 'svaret', 'beskedet', 'beslutet');
export const DAY = oneOf('måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag', 'lunch', 'imorgon', 'ikväll', 'idag');

/** Where a deadline or "right now" starts in the clause (and ends), else null. */
export function urgencyIn(w: readonly string[], from: number): { at: number; end: number } | null {
  for (let k = from; k < w.length; k++) {
    const x = w[k] ?? '';
    if (SOON(x)) return { at: k, end: k };
    if (x === 'i' && among(L.DAG_KVALL_ETC, w[k + 1] ?? '')) return { at: k, end: k + 1 };
    if (seq(w, k, 'med', 'en', 'gång')) return { at: k, end: k + 2 };
    if ((seq(w, k, 'så', 'snart') || seq(w, k, 'så', 'fort')) && ahead(w, k, 3, L.MOJLIGT_) >= 0) return { at: k, end: ahead(w, k, 3, L.MOJLIGT_) };
    if (x === 'senast') return { at: k, end: Math.min(k + (w[k + 1] === 'i' ? 2 : 1), w.length - 1) };
    if (among(L.FORE_INNAN, x) && (DAY(w[k + 1] ?? '') || /s$/.test(w[k + 1] ?? '') || among(L.MANADEN_VECKAN_ETC, w[k + 1] ?? ''))) {
      return { at: k, end: Math.min(k + (among(L.MANADEN_VECKAN, w[k + 1] ?? '') ? 3 : /s$/.test(w[k + 1] ?? '') ? 2 : 1), w.length - 1) };
    }
    if (x === 'till' && (DAY(w[k + 1] ?? '') || (w[k + 1] === 'i' && w[k + 2] === 'morgon'))) return { at: k, end: Math.min(k + (w[k + 1] === 'i' ? 2 : 1) + (w[k + 3] === 'bitti' ? 1 : 0), w.length - 1) };
  }
  return null;
}

export const DEMAND_WORDS = gate(['sista', 'slutlig', 'slutliga', 'brådskande', 'bråttom', 'akut', 'snarast', 'omgående', 'asap', 'tidskritiskt', 'tidskritisk', 'skyndsamt', 'behöver', 'kräver', 'förväntar', 'vill', 'du', 'ni'], /^påminnelse/);

export function demand(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  let start = 0;
  while (among(L.SNALLA_VANLIGEN_ETC, w[start] ?? '')) start++;
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
    } else if (word.startsWith('påminnelse') && among(L.NR_NUMMER, w[i + 1] ?? '') && /^\d+$/.test(w[i + 2] ?? '')) {
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
      if (verb === '' || among(L.VARA_HA_ETC, verb)) continue;
      out.push(hit('you-must', 'demand', i, verbAt, { subject: said(c, text, i, i), modal: said(c, text, i + 1, verbAt - 1), verb: said(c, text, verbAt, verbAt), rest: said(c, text, verbAt + 1, w.length - 1) }));
    }
  }
}

export const PRESSING = oneOf('behöver', 'skyldig', 'fortfarande', 'väntar', 'måste', 'senast', 'än', 'ännu', 'inte');

export const PASSIVE_WORDS = gate(['som', 'enligt', 'puffa', 'puffar', 'bumpa', 'bumpar', 'vet', 'ifall', 'om', 'svar', 'respons', 'återkoppling', 'besked', 'skyldig'], /^påmin/);

export function passive(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (((m[i] ?? 0) & 8) === 0) continue;
    if (word === 'som' && ME(w[i + 1] ?? '')) {
      let k = i + 2;
      if (among(L.HAR_HADE, w[k] ?? '')) k++;
      const already = among(L.REDAN_TIDIGARE, w[k] ?? '');
      if (already) k++;
      const verb = w[k] ?? '';
      if (!/^(?:sa|sade|sagt|skrev|skrivit|nämnde|nämnt|påpekade|påpekat|förklarade|förklarat|frågade|frågat)$/.test(verb)) continue;
      const when = ahead(w, k, 4, L.TIDIGARE_REDAN_ETC_);
      if (already || when >= 0 || (among(L.SA_SADE, verb) && k === i + 2)) out.push(hit('as-i-said', 'passive', i, Math.max(k, when >= 0 ? Math.min(when + 1, w.length - 1) : k), { said: said(c, text, i, k) }));
    } else if (word === 'enligt' && among(L.MITT_MINA_ETC, w[i + 1] ?? '') && among(L.FORRA_TIDIGARE_ETC, w[i + 2] ?? '')) {
      out.push(hit('per-my-last', 'passive', i, Math.min(i + 3, w.length - 1), { earlier: said(c, text, i + 1, i + 3) }));
    } else if (among(L.PUFFA_PUFFAR_ETC, word)) {
      const end = ahead(w, i, 2, L.UPP_);
      out.push(hit('bump', 'passive', w[i - 1] === 'bara' ? i - 1 : i, end >= 0 ? end : i, { bump: said(c, text, i, end >= 0 ? end : i) }));
    } else if (word.startsWith('påminnelse') && among(L.VANLIG_LITEN_ETC2, w[i - 1] ?? '') && sentenceHas(c, PRESSING)) {
      const first = back(w, i, 3, L.VANLIG_LITEN_ETC_);
      out.push(hit('friendly-reminder', 'passive', first >= 0 ? first : i - 1, i, { reminder: said(c, text, first >= 0 ? first : i - 1, i) }));
    } else if (seq(w, i, 'vet', 'inte', 'om') && YOU(w[i + 3] ?? '')) {
      out.push(hit('not-sure-if', 'passive', i, i + 3, {}));
    } else if (among(L.IFALL_OM, word) && YOU(w[i + 1] ?? '') && ahead(w, i + 1, 2, (x) => /^miss(?:at|ade)$/.test(x)) >= 0) {
      out.push(hit('not-sure-if', 'passive', i, ahead(w, i + 1, 2, (x) => /^miss(?:at|ade)$/.test(x)), {}));
    } else if (among(L.SVAR_RESPONS_ETC, word) && w[i + 1] === 'vore' && among(L.TREVLIGT_RIMLIGT_ETC, w[i + 2] ?? '')) {
      out.push(hit('would-be-nice', w[i + 2] === 'rimligt' ? 'guilt' : 'passive', back(w, i, 2, L.ETT_LITE_ETC_) >= 0 ? i - 1 : i, i + 2, { noun: said(c, text, i, i) }));
    } else if (word === 'skyldig' && back(w, i, 3, YOU) >= 0 && ahead(w, i, 1, L.MIG_OSS_) >= 0) {
      out.push(hit('owe-me', 'passive', back(w, i, 3, YOU), i + 1, {}));
    } else if (word.startsWith('påmin') && /^påmin(?:na|ner|de)$/.test(word) && ahead(w, i, 3, L.IGEN_) >= 0) {
      out.push(hit('remind-again', 'passive', w[i - 1] === 'bara' ? i - 1 : i, ahead(w, i, 3, L.IGEN_), {}));
    }
  }
}

export const WHY_WHAT = oneOf('varför', 'vad');

export const IMPATIENCE_WORDS = gate(['hallå', 'hallåå', 'hallååå', 'hej', 'hallo', 'någon', 'nån', 'ta', 'tar', 'tog', 'fortfarande', 'tålamod', 'hur'], /^(?:vänta|dröj|jag(?:a|ar|at|ade)$)/);

export function impatience(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (((m[i] ?? 0) & 16) === 0) continue;
    const waits = word.startsWith('vänta') && /^vänta(?:r|t|de)?$/.test(word);
    if (waits && (among(L.FORTFARANDE_ANNU_ETC, w[i + 1] ?? '') || w[i - 1] === 'fortfarande')) {
      out.push(hit('still-waiting', 'impatience', back(w, i, 2, ME) >= 0 ? back(w, i, 2, ME) : i, among(L.FORTFARANDE_ANNU_ETC, w[i + 1] ?? '') ? i + 1 : i, { wait: said(c, text, i, i + 1) }));
    } else if (waits && w[i + 1] === 'på' && ahead(w, i + 1, 2, ANSWER_NOUN) >= 0 && w[i + 2] !== 'att') {
      const noun = ahead(w, i + 1, 2, ANSWER_NOUN);
      out.push(hit('waiting-for', 'impatience', back(w, i, 2, ME) >= 0 ? back(w, i, 2, ME) : i, noun, { wait: said(c, text, i, noun) }));
    } else if (among(L.HALLA_HALLAA_ETC, word) && c.alone && w.length <= 2 && c.endMark.includes('?')) {
      out.push(hit('hello', 'impatience', i, i, { hello: said(c, text, i, i) }));
    } else if (among(L.NAGON_NAN, word) && among(L.DAR_HEMMA, w[i + 1] ?? '') && c.endMark.includes('?')) {
      out.push(hit('anyone-there', 'impatience', back(w, i, 2, L.AR_) >= 0 ? back(w, i, 3, L.AR_DET_) : i, i + 1, { hello: said(c, text, i, i + 1) }));
    } else if (/^dröj(?:er|t|de|a)$/.test(word) && (sentenceHas(c, WHY_WHAT) || seq(w, i + 1, 'så', 'länge'))) {
      const from = back(w, i, 4, WHY_WHAT);
      out.push(hit('so-long', 'impatience', from >= 0 ? from : i, seq(w, i + 1, 'så', 'länge') ? i + 2 : i, { wait: said(c, text, i, i) }));
    } else if (/^t(?:a|ar|og)$/.test(word) && (seq(w, i + 1, 'så', 'lång', 'tid') || seq(w, i + 1, 'sån', 'tid') || seq(w, i + 1, 'sådan', 'tid'))) {
      const from = back(w, i, 4, WHY_WHAT);
      out.push(hit('so-long', 'impatience', from >= 0 ? from : i, Math.min(i + 3, w.length - 1), { wait: said(c, text, i, Math.min(i + 3, w.length - 1)) }));
    } else if (word === 'fortfarande' && among(L.INGENTING_INGET_ETC, w[i + 1] ?? '') && !among(L.BRADSKA_STRESS_ETC, w[i + 2] ?? '')) {
      out.push(hit('still-nothing', 'impatience', i, i + 1, { wait: said(c, text, i, i + 1) }));
    } else if (word === 'tålamod' && !sentenceHas(c, THANKS)) {
      out.push(hit('patience', 'impatience', back(w, i, 2, L.MITT_VART_) >= 0 ? back(w, i, 2, L.MITT_VART_) : i, ahead(w, i, 3, L.SLUT_TRYTER_) >= 0 ? ahead(w, i, 3, L.SLUT_TRYTER_) : i, {}));
    } else if (waits && back(w, i, 2, NEG) >= 0 && ahead(w, i, 2, L.LANGRE_) >= 0) {
      out.push(hit('wait-longer', 'impatience', back(w, i, 2, NEG), ahead(w, i, 2, L.LANGRE_), {}));
    } else if (seq(w, i, 'hur', 'länge') && ahead(w, i, 6, (x) => /^vänta/.test(x)) >= 0) {
      out.push(hit('how-long', 'impatience', i, ahead(w, i, 6, (x) => /^vänta/.test(x)), {}));
    } else if (/^jag(?:a|ar|at|ade)$/.test(word) && among(L.DIG_ER, w[i + 1] ?? '')) {
      out.push(hit('chase', 'impatience', i, i + 1, { verb: said(c, text, i, i) }));
    }
  }
}

export const GUILT_WORDS = gate(['efter', 'förväntat', 'väntat', 'förväntade', 'hyfs', 'vett', 'anständighet', 'artighet', 'folkvett', 'det', 'du', 'ni', 'hade', 'åtminstone'], /^(?:besvik|förtjäna)/);

export function guilt(c: Clause, text: string, out: Hit[], m: readonly number[]): void {
  const w = c.words;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (((m[i] ?? 0) & 32) === 0) continue;
    if (word.startsWith('besvik') && /^besvik(?:en|na|et|else)$/.test(word) && back(w, i, 2, NEG) < 0) {
      const from = back(w, i, 4, ME);
      out.push(hit('disappointed', 'guilt', from >= 0 ? from : i, i, { word: said(c, text, i, i) }));
    } else if (word === 'efter' && among(L.ALLT_ALL, w[i + 1] ?? '') && ahead(w, i + 1, 4, ME) >= 0) {
      const me = ahead(w, i + 1, 4, ME);
      const end = ahead(w, me, 3, (x) => /^(?:gjort|lagt|ägnat|hjälpt|ställt)$/.test(x));
      out.push(hit('after-all', 'guilt', i, end >= 0 ? end : me, { did: said(c, text, i, end >= 0 ? end : me) }));
    } else if (among(L.FORVANTAT_VANTAT_ETC, word) && w[i + 1] === 'mig' && (back(w, i, 3, L.HADE_HA_) >= 0 || word === 'förväntade') && back(w, i, 4, ME) >= 0) {
      out.push(hit('expected', 'guilt', back(w, i, 4, ME), i + 1, { expected: said(c, text, i, i + 1) }));
    } else if (among(L.HYFS_VETT_ETC, word) && (word !== 'artighet' || among(L.VANLIG_GRUNDLAGGANDE_ETC, w[i - 1] ?? ''))) {
      out.push(hit('courtesy', 'guilt', among(L.VANLIG_GRUNDLAGGANDE_ETC, w[i - 1] ?? '') ? i - 1 : i, i, { word: said(c, text, i, i) }));
    } else if (seq(w, i, 'det', 'minsta') && YOU(w[i + 2] ?? '')) {
      out.push(hit('least-you-could', 'guilt', i, Math.min(i + 3, w.length - 1), {}));
    } else if (YOU(word) && ahead(w, i, 4, L.HAFT_HUNNIT_) >= 0) {
      const had = ahead(w, i, 4, L.HAFT_HUNNIT_);
      const pointed = anyIn(w, i + 1, had, L.VAL_JU_ETC_);
      const time = w[had] === 'hunnit' ? had + 1 : ahead(w, had, 3, L.TID_);
      const plenty = anyIn(w, had + 1, time, L.GOTT_TILLRACKLIGT_ETC_);
      if (time >= 0 && time < w.length && (pointed || plenty)) out.push(hit('had-time', 'guilt', i, time, {}));
    } else if (word.startsWith('förtjäna') && /^förtjäna(?:r|t)?$/.test(word) && ahead(w, i, 2, ANSWER_NOUN) >= 0) {
      out.push(hit('deserve', 'guilt', i, ahead(w, i, 2, ANSWER_NOUN), {}));
    } else if (seq(w, i, 'hade', 'varit') && among(L.TREVLIGT_SCHYSST_ETC, w[i + 2] ?? '') && ahead(w, i + 2, 4, ANSWER_NOUN) >= 0) {
      out.push(hit('would-have-been-nice', 'guilt', i, ahead(w, i + 2, 4, ANSWER_NOUN), {}));
    } else if (word === 'åtminstone' && back(w, i, 3, YOU) >= 0) {
      out.push(hit('at-least', 'guilt', back(w, i, 3, YOU), i, {}));
    }
  }
}
