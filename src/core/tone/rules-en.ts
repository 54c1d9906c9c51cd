/**
 * English patterns over clause structure (article rule 1): who is the subject, whether a negation
 * governs a verb of answering, counting, deadlines aimed at the reader, passive aggression,
 * impatience and guilt. Each rule looks a bounded number of words around one anchor word, so a
 * clause is checked in linear time.
 */
import type { Clause } from './clause';
import { WordMasks } from './match';
import type { Hit } from './types';
import { ANSWER_OR_RECEIVE } from './en/words';
import { BLAME_WORDS, blame } from './en/answering';
import { COUNT_WORDS, count, DEMAND_WORDS, demand, PASSIVE_WORDS, passive, IMPATIENCE_WORDS, impatience, GUILT_WORDS, guilt } from './en/pressure';

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
