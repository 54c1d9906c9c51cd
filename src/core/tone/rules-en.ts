/**
 * English patterns over clause structure (article rule 1): who is the subject, whether a negation
 * governs a verb of answering, counting, deadlines aimed at the reader, passive aggression,
 * impatience and guilt. Each rule looks a bounded number of words around one anchor word, so a
 * clause is checked in linear time.
 */
import type { Clause } from './clause';
import { FAMILY as F } from './word-info';
import type { Hit } from './types';
import { blame } from './en/answering';
import { count, demand, passive, impatience, guilt } from './en/pressure';

export function englishHits(c: Clause, text: string): Hit[] {
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
