/** Runs one language's rule families over a clause: the dispatch both languages share. */
import type { Clause } from './clause';
import type { Hit } from './types';
import { FAMILY as F } from './word-info';

/** A rule family: adds its hits for the clause to `out` (`m`: the clause's word masks). */
export type FamilyRule = (c: Clause, text: string, out: Hit[], m: readonly number[]) => void;

export interface LanguageRules {
  blame: FamilyRule;
  count: FamilyRule;
  demand: FamilyRule;
  passive: FamilyRule;
  impatience: FamilyRule;
  guilt: FamilyRule;
}

export function runFamilies(rules: LanguageRules, c: Clause, text: string): Hit[] {
  const out: Hit[] = [];
  // A family none of the clause's words can start is not run: it would find nothing.
  const m = c.masks;
  const f = c.families;
  if (f & (F.blame | F.answer)) rules.blame(c, text, out, m);
  if (f & F.count) rules.count(c, text, out, m);
  if (f & (F.demand | F.order)) rules.demand(c, text, out, m);
  if (f & F.passive) rules.passive(c, text, out, m);
  if (f & F.impatience) rules.impatience(c, text, out, m);
  if (f & F.guilt) rules.guilt(c, text, out, m);
  return out;
}
