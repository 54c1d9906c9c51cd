/**
 * Plans kept per contact and day, so a redraw after one edit re-plans only the edited note (its
 * new Contact object has no entry) and the agenda is a re-sort. Keyed by the Contact object: a
 * note that changed or went away is dropped with its old object, by the garbage collector.
 */
import { planFollowUp } from '../core/rules';
import type { Settings } from '../core/settings';
import type { Contact, Day, Plan } from '../core/types';

/** Days kept per contact: today's plus a few daily notes' days. */
const DAYS_PER_CONTACT = 8;

export class PlanCache {
  private plans = new WeakMap<Contact, Map<Day, Plan>>();
  private settings: Settings | null = null;

  /** planFollowUp, remembered until the settings change (a new object, or `clear`). */
  plan(contact: Contact, settings: Settings, today: Day): Plan {
    if (settings !== this.settings) {
      this.clear();
      this.settings = settings;
    }
    let days = this.plans.get(contact);
    if (days === undefined) {
      days = new Map();
      this.plans.set(contact, days);
    }
    let plan = days.get(today);
    if (plan === undefined) {
      if (days.size >= DAYS_PER_CONTACT) days.clear();
      plan = planFollowUp(contact, settings, today);
      days.set(today, plan);
    }
    return plan;
  }

  /** The settings may have changed in place: every plan is stale. */
  clear(): void {
    this.plans = new WeakMap();
  }
}
