/**
 * English patterns over clause structure (article rule 1): who is the subject, whether a negation
 * governs a verb of answering, counting, deadlines aimed at the reader, passive aggression,
 * impatience and guilt. Each rule looks a bounded number of words around one anchor word, so a
 * clause is checked in linear time.
 */
import type { Clause } from './clause';
import type { Hit } from './types';
import { runFamilies, type LanguageRules } from './run-families';
import { blame } from './en/answering';
import { count, demand, passive, impatience, guilt } from './en/pressure';

const RULES: LanguageRules = { blame, count, demand, passive, impatience, guilt };

export function englishHits(c: Clause, text: string): Hit[] {
  return runFamilies(RULES, c, text);
}
