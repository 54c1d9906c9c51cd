/** What the tone check reports: shared by the drafts, the plugin command and `followups tone`. */
import type { Language } from '../types';

/** Why a phrase may land badly (article rule 1). */
export type ToneCategory = 'blame' | 'count' | 'demand' | 'passive' | 'impatience' | 'guilt' | 'shouting';

/** One phrase that may read as rude or pushy. `index` is its offset in the text as given. */
export interface ToneFinding {
  phrase: string;
  index: number;
  category: ToneCategory;
  /** The language of the sentence the phrase is in: `why` and `suggestion` are written in it. */
  language: Language;
  /** Why it is unkind in this sentence, built from the words that matched. */
  why: string;
  /** A kinder way to say it that the check itself passes. */
  suggestion: string;
}

/** What a rule matched in a clause: token positions (inclusive) and the words an explanation quotes. */
export interface Hit {
  rule: string;
  category: ToneCategory;
  from: number;
  to: number;
  parts: Record<string, string>;
}
