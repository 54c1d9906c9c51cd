/**
 * Reads a pasted reply: a stop request, an auto-reply, a real reply, or unsure. Only the
 * person's own words count (quoted mail and signatures are cut first), a negation turns a stop
 * around ("don't stop sending me these!", "sluta inte"), a no followed by an open door reads as
 * a reply ("inte just nu, men hör av dig i januari"), and anything weak or conflicting is
 * 'unsure': the product never stops or marks replied on a guess.
 */
import { normalizeText } from './normalize-text';
import { guessLanguage } from './language';
import { ownText } from './own-text';
import { findReturnDay } from './return-day';
import { splitSentences } from './sentences';
import { CONDITION_BEFORE, NEGATION_AFTER, NEGATION_BEFORE, POLITE_IF, SIGNALS } from './signals';
import type { Signal, SignalClass } from './signals';
import type { ClassifyOptions, ReplyReading } from './types';

interface Hit {
  signal: Signal;
  /** The phrase as written in the reply. */
  phrase: string;
  /** Offset in the person's own text: orders hits. */
  at: number;
}

const q = (phrase: string): string => `'${phrase}'`;

/** Every signal in the text, in order; `turned` holds stop phrases a negation turned around. */
function findHits(text: string): { hits: Hit[]; turned: string[] } {
  const hits: Hit[] = [];
  const turned: string[] = [];
  for (const sentence of splitSentences(text)) {
    const folded = normalizeText(sentence.text);
    for (const signal of SIGNALS) {
      for (const m of folded.text.matchAll(signal.re)) {
        // Skip the non-letter a leading word boundary consumed.
        let from = m.index;
        const to = from + m[0].length;
        while (from < to && !/[\p{L}\p{N}]/u.test(folded.text[from] ?? '')) from++;
        const before = folded.text.slice(Math.max(0, from - 40), from);
        const after = folded.text.slice(to, to + 12);
        if (signal.negatable && (NEGATION_BEFORE.test(before) || NEGATION_AFTER.test(after))) {
          const negation = (NEGATION_BEFORE.exec(before)?.[0] ?? '').replace(/^[^\p{L}]+/u, '').trim();
          turned.push(`${negation} ${sentence.text.slice(folded.start[from] ?? 0, folded.end[to - 1] ?? 0)}`.trim());
          continue;
        }
        if (signal.unlessAfter?.test(before)) continue;
        if ((signal.cls === 'stop-request' || signal.cls === 'no') && CONDITION_BEFORE.test(before) && !POLITE_IF.test(before)) continue;
        if (m[0].trim() === '') continue;
        const start = folded.start[from] ?? 0;
        const end = folded.end[to - 1] ?? start;
        hits.push({ signal, phrase: sentence.text.slice(start, end).trim(), at: sentence.at + start });
      }
    }
  }
  return { hits: hits.sort((a, b) => a.at - b.at), turned };
}

function first(hits: Hit[], cls: SignalClass): Hit | undefined {
  return hits.find((h) => h.signal.cls === cls);
}

function firstAfter(hits: Hit[], cls: SignalClass, at: number): Hit | undefined {
  return hits.find((h) => h.signal.cls === cls && h.at > at);
}

const read = (hit: Hit): string => `${q(hit.phrase)} ${hit.signal.reads}`;

export function classifyReply(reply: string, options: ClassifyOptions): ReplyReading {
  const own = ownText(reply);
  if (!/\p{L}/u.test(own)) {
    return { kind: 'unsure', evidence: '', why: 'nothing of their own to read (only quoted mail or a signature)' };
  }
  const { hits, turned } = findHits(own);
  const bounce = first(hits, 'bounce') ?? first(hits, 'left');
  if (bounce) return { kind: 'unsure', evidence: bounce.phrase, why: `${read(bounce)}: not a reply from them` };

  const stop = first(hits, 'stop-request');
  const no = first(hits, 'no');
  const auto = first(hits, 'auto-reply');
  if (stop || no) {
    const found = (stop ?? no) as Hit;
    if (auto) {
      return { kind: 'unsure', evidence: found.phrase, why: `${read(found)}, but ${read(auto)}` };
    }
    const open = firstAfter(hits, 'come-back', found.at) ?? firstAfter(hits, 'engaged', found.at);
    if (stop && open) {
      return { kind: 'unsure', evidence: found.phrase, why: `${read(stop)}, but ${q(open.phrase)} that follows asks for more` };
    }
    if (!stop && open) {
      return { kind: 'reply', evidence: open.phrase, why: `${q(found.phrase)} is softened by ${q(open.phrase)} that follows: reads as a real reply` };
    }
    return { kind: 'stop', evidence: found.phrase, why: read(found) };
  }

  const notNow = first(hits, 'not-now');
  if (notNow) {
    const open = first(hits, 'come-back') ?? first(hits, 'engaged');
    if (!open) return { kind: 'unsure', evidence: notNow.phrase, why: `${read(notNow)}, without saying no or when to come back` };
    return { kind: 'reply', evidence: open.phrase, why: `${q(notNow.phrase)}, but ${q(open.phrase)}: reads as a real reply` };
  }

  const away = auto ?? first(hits, 'away');
  if (away) {
    const engaged = auto ? undefined : first(hits, 'engaged');
    if (engaged) {
      return { kind: 'reply', evidence: engaged.phrase, why: `${q(away.phrase)} says they are away, but ${q(engaged.phrase)} is them answering: reads as a real reply` };
    }
    return outOfOffice(own, away, options);
  }

  const engaged = first(hits, 'engaged') ?? first(hits, 'come-back');
  const evidence = engaged?.phrase ?? firstWords(own);
  const found = engaged ? `${q(evidence)} is them answering, with no stop request, no "no" and no auto-reply` : `no stop request, no "no" and no auto-reply in ${q(evidence)}`;
  const notStop = turned[0] === undefined ? '' : ` (${q(turned[0])} is not a request to stop)`;
  return { kind: 'reply', evidence, why: `${found}${notStop}: reads as a real reply` };
}

function outOfOffice(own: string, away: Hit, options: ClassifyOptions): ReplyReading {
  const back = findReturnDay(own, options.today, guessLanguage(own));
  const reading = read(away);
  if (back?.day !== undefined) {
    return { kind: 'out-of-office', evidence: away.phrase, why: `${reading}, until ${q(back.phrase)} (${back.day})`, returnDay: back.day };
  }
  if (back?.ambiguous !== undefined) {
    return { kind: 'out-of-office', evidence: away.phrase, why: `${reading}; ${q(back.ambiguous)} could be day/month or month/day, so no return day is assumed` };
  }
  return { kind: 'out-of-office', evidence: away.phrase, why: `${reading}, with no return day given` };
}

/** The start of the reply, for evidence when no phrase stands out. */
function firstWords(text: string): string {
  const line = (splitSentences(text)[0]?.text ?? '').trim();
  return line.length <= 60 ? line : `${line.slice(0, 57).trimEnd()}…`;
}
