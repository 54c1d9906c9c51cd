/** The shapes of draft templates, built-in and user-written. */
import type { Kind, Language } from '../types';

/**
 * One wording of a draft. `body` uses `\n`; its first paragraph is the greeting. A placeholder
 * may carry its own fallback for when its value is empty: `Hi {{firstName|there}},`,
 * `news on {{topic|your side}}`.
 */
export interface TemplateVariant {
  subject: string;
  body: string;
  /** Built-ins only: the subject when the note has no topic ("A short follow-up"). */
  subjectWithoutTopic?: string;
}

/** The variants of one context × language, by kind. Each list has at least two variants. */
export type TemplateSet = Record<Kind, readonly TemplateVariant[]>;

/** The contexts with their own wording; any other word in a note is drafted as `generic`. */
export type DraftContext = 'job' | 'sales' | 'networking' | 'generic';

export const DRAFT_CONTEXTS: readonly DraftContext[] = ['job', 'sales', 'networking', 'generic'];

export const PLACEHOLDERS = ['name', 'firstName', 'topic', 'hook', 'myName', 'daysSince', 'weekday', 'later', 'weekWish'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** Values for every placeholder of one draft. */
export type PlaceholderValues = Record<Placeholder, string>;

/**
 * Variants from a note in the templates folder, for one context × kind. `context` is the word
 * as written in contact notes (lower case), so custom contexts like `investor` can have their
 * own; `language` null means the note is used for both languages.
 */
export interface UserTemplate {
  context: string;
  kind: Kind;
  language: Language | null;
  variants: readonly TemplateVariant[];
}

export type UserTemplates = readonly UserTemplate[];

/** The context whose wording a contact's `context` word gets. */
export function draftContextOf(context: string): DraftContext {
  const word = context.trim().toLowerCase();
  return word === 'job' || word === 'sales' || word === 'networking' ? word : 'generic';
}
