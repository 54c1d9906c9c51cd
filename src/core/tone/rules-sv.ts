/**
 * Swedish patterns over clause structure (article rule 1: "Du har inte svarat än"). Swedish puts
 * the negation after the finite verb in a main clause ("du har inte svarat", "du svarade aldrig")
 * and before it in a subordinate one ("eftersom du inte har svarat"), and inverts the subject
 * after a question word ("varför svarade ni inte"): so the rules look for subject, negation and
 * verb in a bounded window on both sides, not in one order.
 */
import type { Clause } from './clause';
import { FAMILY as F } from './word-info';
import type { Hit } from './types';
import { blame } from './sv/answering';
import { count, demand, passive, impatience, guilt } from './sv/pressure';

export function swedishHits(c: Clause, text: string): Hit[] {
  const out: Hit[] = [];
  // A family none of the clause's words can start is not run: it would find nothing.
  const m = c.masks;
  const f = c.families;
  if (f & (F.blame | F.answer)) blame(c, text, out, m);
  if (f & F.count) count(c, text, out, m);
  if (f & (F.demand | F.order)) demand(c, text, out, m);
  if (f & F.passive) passive(c, text, out, m);
  if (f & F.impatience) impatience(c, text, out, m);
  if (f & F.guilt) guilt(c, text, out, m);
  return out;
}
