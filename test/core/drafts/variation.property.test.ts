import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { buildDraft, draft } from '../../../src/core/drafts';
import { rotate } from '../../../src/core/drafts/variation';
import type { Contact, Kind } from '../../../src/core/types';
import { aContact, aPlan, someSettings } from './builders';

const KINDS: readonly Kind[] = ['follow-up', 'ask-to-stop', 'check-in'];

const contactArb: fc.Arbitrary<Contact> = fc
  .record({
    path: fc.string({ minLength: 1, maxLength: 40 }),
    name: fc.oneof(fc.constantFrom('Jane Doe', 'Åsa Lind', 'Li'), fc.string({ minLength: 1, maxLength: 20 })),
    context: fc.oneof(fc.constantFrom('job', 'sales', 'networking', 'investor', 'JOB ', ''), fc.string({ maxLength: 10 })),
    topic: fc.option(fc.string({ maxLength: 30 })),
    interests: fc.array(fc.string({ maxLength: 15 }), { maxLength: 4 }),
    hooks: fc.array(fc.string({ maxLength: 40 }), { maxLength: 3 }),
    language: fc.constantFrom('en' as const, 'sv' as const, null),
  })
  .map((r) => aContact(r));

/** Hooks that are certainly distinct, so the rotation has at least two to choose from. */
const distinctLines = (prefix: string): fc.Arbitrary<string[]> =>
  fc.uniqueArray(fc.integer({ min: 0, max: 9999 }), { minLength: 2, maxLength: 5 }).map((ns) => ns.map((n) => `${prefix} ${n}`));

const stepArb = fc.integer({ min: 1, max: 60 });
const kindArb = fc.constantFrom(...KINDS);
const settings = someSettings();

describe('variation (rule 5)', () => {
  it('step k and k+1 of one contact never use the same variant', () => {
    fc.assert(
      fc.property(contactArb, stepArb, kindArb, (contact, k, kind) => {
        const a = buildDraft(contact, aPlan({ kind, step: k }), settings);
        const b = buildDraft(contact, aPlan({ kind, step: k + 1 }), settings);
        expect(a?.variant).not.toBe(b?.variant);
        expect(a?.draft.body).not.toBe(b?.draft.body);
      }),
      { numRuns: 300 },
    );
  });

  it('consecutive drafts differ along the real sequence of kinds', () => {
    const kindOf = (step: number): Kind => (step <= 3 ? 'follow-up' : step === 4 ? 'ask-to-stop' : 'check-in');
    fc.assert(
      fc.property(contactArb, fc.integer({ min: 1, max: 12 }), (contact, k) => {
        const a = draft(contact, aPlan({ kind: kindOf(k), step: k }), settings);
        const b = draft(contact, aPlan({ kind: kindOf(k + 1), step: k + 1 }), settings);
        expect(a?.body).not.toBe(b?.body);
      }),
    );
  });

  it('is deterministic: the same contact and step give the same draft', () => {
    fc.assert(
      fc.property(contactArb, stepArb, kindArb, fc.boolean(), (contact, step, kind, reintroduce) => {
        const plan = aPlan({ kind, step, reintroduce, daysSinceLast: 30 });
        const first = draft(contact, plan, settings);
        const again = draft(structuredClone(contact), structuredClone(plan), someSettings());
        expect(again).toEqual(first);
      }),
    );
  });

  it('rotate picks in range and never repeats between neighbouring steps', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 9 }), (seed, k, count) => {
        const a = rotate(seed, k, count);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeLessThan(count);
        if (count >= 2) expect(rotate(seed, k + 1, count)).not.toBe(a);
      }),
    );
  });

  it('spreads contacts over the variants on the same step', () => {
    const used = new Set<number>();
    for (let i = 0; i < 60; i++) {
      const d = buildDraft(aContact({ path: `Contacts/Person ${i}.md` }), aPlan({ step: 1 }), settings);
      if (d) used.add(d.variant);
    }
    expect(used.size).toBe(3);
  });
});

describe('hook rotation (rule 4)', () => {
  it('with two or more ready-made hooks, consecutive steps use different hooks', () => {
    fc.assert(
      fc.property(contactArb, distinctLines('I enjoyed your post number'), stepArb, kindArb, (c, hooks, k, kind) => {
        const contact = { ...c, hooks, interests: [] };
        const a = draft(contact, aPlan({ kind, step: k }), settings);
        const b = draft(contact, aPlan({ kind, step: k + 1 }), settings);
        expect(a?.hook).not.toBeNull();
        expect(hooks).toContain(a?.hook);
        expect(a?.hook).not.toBe(b?.hook);
      }),
    );
  });

  it('with two or more interests, consecutive steps use different hooks', () => {
    fc.assert(
      fc.property(contactArb, distinctLines('hobby'), stepArb, kindArb, (c, interests, k, kind) => {
        const contact = { ...c, hooks: [], interests };
        const a = draft(contact, aPlan({ kind, step: k }), settings);
        const b = draft(contact, aPlan({ kind, step: k + 1 }), settings);
        expect(a?.hook).not.toBe(b?.hook);
        expect(interests.some((i) => a?.hook?.includes(i))).toBe(true);
      }),
    );
  });

  it('with no usable hook or interest, the draft carries the ✏️ prompt and no hook', () => {
    fc.assert(
      fc.property(contactArb, stepArb, kindArb, fc.array(fc.constantFrom('', ' ', '\n\t'), { maxLength: 3 }), (c, k, kind, blanks) => {
        const d = draft({ ...c, hooks: blanks, interests: blanks }, aPlan({ kind, step: k }), settings);
        expect(d?.hook).toBeNull();
        expect(d?.body).toMatch(/^✏️ /m);
      }),
    );
  });
});
