/**
 * Which actions a surface offers as shortcuts for a plan (sidebar row buttons, CodeLens): a
 * display choice, one table for every adapter. Whether a click may change the note is still the
 * action's own decision, on the note's text.
 */
import type { PlanState } from '../types';

export type OfferedAction = 'draft' | 'log-sent' | 'log-reply' | 'replied' | 'snooze' | 'resume';

export const OFFERS: Readonly<Record<PlanState, readonly OfferedAction[]>> = {
  scheduled: ['draft', 'log-sent', 'log-reply', 'replied', 'snooze'],
  'not-contacted': ['log-sent'],
  paused: ['resume'],
  replied: [],
  stopped: [],
};

export const offers = (state: PlanState, action: OfferedAction): boolean => OFFERS[state].includes(action);
