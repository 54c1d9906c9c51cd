/** Plain test data for drafts: a contact, a plan and settings, each with overrides. */
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import type { Contact, Plan } from '../../../src/core/types';

export function aContact(overrides: Partial<Contact> = {}): Contact {
  return {
    path: 'Contacts/Jane Doe.md',
    name: 'Jane Doe',
    state: 'active',
    email: 'jane@example.com',
    context: 'job',
    topic: 'the product designer role',
    contacted: [{ day: '2026-11-04', time: '09:10', raw: '2026-11-04 09:10' }],
    cadence: null,
    interests: ['pizza', 'trail running'],
    hooks: [],
    snooze: null,
    language: null,
    ...overrides,
  };
}

/** A due follow-up: step 1 on Wednesday 25 Nov 2026, in the afternoon. */
export function aPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    state: 'scheduled',
    due: '2026-11-25',
    bucket: 'today',
    step: 1,
    kind: 'follow-up',
    slot: { date: '2026-11-25', part: 'afternoon' },
    daysSinceLast: 8,
    reintroduce: false,
    why: 'last message Wed 4 Nov + 1 week (follow-up 1 of 3)',
    warnings: [],
    ...overrides,
  };
}

export function someSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, cadence: [...DEFAULT_SETTINGS.cadence], myName: 'Sam Berg', ...overrides };
}
