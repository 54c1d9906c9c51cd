/**
 * Swedish patterns over clause structure (article rule 1: "Du har inte svarat än"). Swedish puts
 * the negation after the finite verb in a main clause ("du har inte svarat", "du svarade aldrig")
 * and before it in a subordinate one ("eftersom du inte har svarat"), and inverts the subject
 * after a question word ("varför svarade ni inte"): so the rules look for subject, negation and
 * verb in a bounded window on both sides, not in one order.
 */
import type { Clause } from './clause';
import type { Hit } from './types';
import { runFamilies, type LanguageRules } from './run-families';
import { blame } from './sv/answering';
import { count, demand, passive, impatience, guilt } from './sv/pressure';

const RULES: LanguageRules = { blame, count, demand, passive, impatience, guilt };

export function swedishHits(c: Clause, text: string): Hit[] {
  return runFamilies(RULES, c, text);
}
