/**
 * The example drafts in docs/drafts.md are real output: this test renders them and checks the
 * doc still contains each one. Run with PRINT_DRAFT_EXAMPLES=<file> to write them out for pasting.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { draft, renderDraftBlock } from '../../../src/core/drafts';
import { weekdayOf } from '../../../src/core/calendar';
import type { Contact, Plan } from '../../../src/core/types';
import { aContact, aPlan, someSettings } from './builders';

function example(contact: Contact, plan: Plan, myName = 'Sam Berg'): string {
  const d = draft(contact, plan, someSettings({ myName }));
  if (!d || !plan.slot) throw new Error('no draft');
  return renderDraftBlock(d, plan.slot.date, weekdayOf(plan.slot.date), plan.slot.part).markdown;
}

const EXAMPLES = [
  example(
    aContact({ path: 'Contacts/Jane Doe.md', name: 'Jane Doe', context: 'job', topic: 'the product designer role', interests: ['pizza', 'trail running'] }),
    aPlan({ step: 2, kind: 'follow-up', slot: { date: '2026-11-25', part: 'afternoon' }, daysSinceLast: 14 }),
  ),
  example(
    aContact({ path: 'Kunder/Erik Lund.md', name: 'Erik Lund', context: 'sales', topic: 'piloten för kundtjänstteamet', interests: ['segling'], language: 'sv' }),
    aPlan({ step: 4, kind: 'ask-to-stop', slot: { date: '2026-12-08', part: 'morning' }, daysSinceLast: 14 }),
    'Sara Ek',
  ),
  example(
    aContact({ path: 'People/Priya Shah.md', name: 'Priya Shah', context: 'networking', topic: null, interests: [], hooks: [] }),
    aPlan({ step: 5, kind: 'check-in', slot: { date: '2027-01-14', part: 'midday' }, daysSinceLast: 37, reintroduce: true }),
    '',
  ),
];

describe('docs/drafts.md examples', () => {
  it('are the real output of draft()', () => {
    const out = process.env.PRINT_DRAFT_EXAMPLES;
    if (out) writeFileSync(out, EXAMPLES.join('\n=====\n'));
    const doc = readFileSync(new URL('../../../docs/drafts.md', import.meta.url), 'utf8');
    for (const text of EXAMPLES) expect(doc).toContain(text);
  });
});
