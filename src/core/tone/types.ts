/** What the tone check reports: shared by the drafts, the plugin command and `followups tone`. */

/** One phrase that may read as rude or pushy. `index` is the offset in the text as given. */
export interface ToneFinding {
  phrase: string;
  index: number;
  why: string;
  suggestion: string;
}

export type ToneCategory = 'blame' | 'pressure' | 'shouting' | 'guilt';

/** A phrase rule. `pattern` is regex source matched against the normalised text (see normalize-text.ts). */
export interface PhraseRule {
  category: ToneCategory;
  pattern: string;
  /** Skip a match right after one of these (normalised) words, e.g. "not " before "urgent". */
  notAfter?: readonly string[];
  why: string;
  suggestion: string;
}

/** Why each category reads badly; the same words whatever language the phrase is in. */
export const WHY = {
  blame: 'Blame: it reads as an accusation, and they may simply be busy (rule 1).',
  pressure: 'Pressure: it pushes for an answer instead of making replying easy (rule 1).',
  guilt: 'Guilt: it tries to make them feel bad for being busy (rule 1).',
} as const;
