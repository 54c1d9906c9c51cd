/** The words around the templates that differ by language: fallbacks, reminders, hook lines. */
import type { DraftContext } from './template-types';

export interface LanguagePack {
  /** What `{{topic}}` says when the note has no topic; must read well after "about" / "om". */
  topicFallback: Record<DraftContext, string>;
  /** One line reminding who you are, when the last message is old (reintroduce). */
  reintroduce: { withName: readonly string[]; withoutName: readonly string[] };
  /** Lines built from one interest; `{{interest}}` is the interest as written in the note. */
  interestLines: Record<DraftContext, readonly string[]>;
  /** The visible prompt when there is no hook: never a made-up personal line. */
  hookPrompt: string;
  /** Sunday first, as `weekdayOf` counts. */
  weekdays: readonly string[];
  /** Stands in for `{{weekday}}` when a plan has no date ("Have a good day"). */
  someDay: string;
}
