/**
 * Swedish patterns over clause structure (article rule 1: "Du har inte svarat än"). Swedish puts
 * the negation after the finite verb in a main clause ("du har inte svarat", "du svarade aldrig")
 * and before it in a subordinate one ("eftersom du inte har svarat"), and inverts the subject
 * after a question word ("varför svarade ni inte"): so the rules look for subject, negation and
 * verb in a bounded window on both sides, not in one order.
 */
import type { Clause } from './clause';
import { WordMasks } from './match';
import type { Hit } from './types';
import { ANSWER_OR_RECEIVE, BLAME_WORDS, blame } from './sv/answering';
import { COUNT_WORDS, count, DEMAND_WORDS, demand, PASSIVE_WORDS, passive, IMPATIENCE_WORDS, impatience, GUILT_WORDS, guilt } from './sv/pressure';

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
