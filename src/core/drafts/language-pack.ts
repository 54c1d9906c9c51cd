/** The words around the templates that differ by language: fallbacks, reminders, hook lines, dates. */
import type { SendDay } from './send-date-words';
import type { DraftContext } from './template-types';

export interface LanguagePack {
  /** What a bare `{{topic}}` says when the note has none; reads after "on"/"about" and "om". */
  topicFallback: Record<DraftContext, string>;
  /** One line reminding who you are after a long silence: `{{myName}}`, `{{ago}}`, never the topic. */
  reintroduce: { withName: readonly string[]; withoutName: readonly string[] };
  /** "a few weeks ago": roughly, since counting days sounds like keeping score. */
  ago(days: number): string;
  /** Hook lines built from one interest; `{{interest}}` stands in a noun-phrase slot. Mostly offers. */
  interestLines: readonly string[];
  /** The visible prompt when there is no hook: never a made-up personal line. */
  hookPrompt: string;
  /** Sunday first, as `weekdayOf` counts. */
  weekdays: readonly string[];
  /** Stands in for `{{weekday}}` when a plan has no date ("Have a good day"). */
  someDay: string;
  /** `{{later}}`: "later this month" with room left, else early next month / after New Year. */
  later(day: SendDay | null): string;
  /** `{{weekWish}}`: a sign-off wish that fits the send day ("Have a good weekend" on a Friday). */
  weekWish(day: SendDay | null): string;
}
