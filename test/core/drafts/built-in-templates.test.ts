import { describe, it, expect } from 'vitest';
import { BUILT_IN_TEMPLATES, DRAFT_CONTEXTS, buildDraft, type Draft } from '../../../src/core/drafts';
import { checkTone } from '../../../src/core/tone';
import type { Contact, Kind, Language } from '../../../src/core/types';
import { aContact, aPlan, someSettings } from './builders';

const KINDS: readonly Kind[] = ['follow-up', 'ask-to-stop', 'check-in'];
const LANGUAGES: readonly Language[] = ['en', 'sv'];

const TOPIC: Record<Language, string> = { en: 'the product designer role', sv: 'tjänsten som UX-designer' };
const HOOKS: Record<Language, string[]> = {
  en: ['I loved your talk on design systems at Config.', 'Congratulations on the new office in Malmö.'],
  sv: ['Jag gillade verkligen ditt föredrag om designsystem.', 'Grattis till det nya kontoret i Malmö.'],
};

interface Variation {
  label: string;
  contact: Partial<Contact>;
  reintroduce: boolean;
  myName: string;
}

const VARIATIONS: readonly Variation[] = [
  { label: 'no hooks, topic, name', contact: { interests: [], hooks: [] }, reintroduce: false, myName: 'Sam Berg' },
  { label: 'interests, no topic, no name', contact: { topic: null, interests: ['pizza', 'jazz'] }, reintroduce: false, myName: '' },
  { label: 'hooks, reintroduce, name', contact: { hooks: [] }, reintroduce: true, myName: 'Sam Berg' },
  { label: 'reintroduce, no name, no topic', contact: { topic: null, interests: [] }, reintroduce: true, myName: '' },
];

/** Every variant of one context × kind × language, by walking the steps through the rotation. */
function allVariants(language: Language, context: string, kind: Kind, v: Variation): Draft[] {
  const drafts = new Map<number, Draft>();
  for (let step = 1; step <= 6; step++) {
    const hooks = v.label.startsWith('hooks') ? HOOKS[language] : (v.contact.hooks ?? []);
    const contact = aContact({ topic: TOPIC[language], ...v.contact, hooks, context, language });
    const plan = aPlan({ kind, step, reintroduce: v.reintroduce, daysSinceLast: v.reintroduce ? 30 : 8 });
    const details = buildDraft(contact, plan, someSettings({ myName: v.myName }));
    if (details) drafts.set(details.variant, details.draft);
  }
  return [...drafts.values()];
}

describe('built-in templates', () => {
  it('has at least 3 variants for every context × kind × language (72+ texts)', () => {
    let total = 0;
    for (const language of LANGUAGES) {
      for (const context of DRAFT_CONTEXTS) {
        for (const kind of KINDS) {
          const variants = BUILT_IN_TEMPLATES[language][context][kind];
          expect(variants.length, `${language} ${context} ${kind}`).toBeGreaterThanOrEqual(3);
          expect(new Set(variants.map((t) => t.subject)).size).toBe(variants.length);
          for (const t of variants) expect(t.body).toContain('{{hook}}');
          total += variants.length;
        }
      }
    }
    expect(total).toBeGreaterThanOrEqual(72);
  });

  for (const language of LANGUAGES) {
    for (const context of DRAFT_CONTEXTS) {
      for (const kind of KINDS) {
        describe(`${language} ${context} ${kind}`, () => {
          it.each(VARIATIONS)('renders cleanly and passes the tone check ($label)', (v) => {
            const drafts = allVariants(language, context, kind, v);
            expect(drafts).toHaveLength(BUILT_IN_TEMPLATES[language][context][kind].length);
            for (const d of drafts) {
              const text = `${d.subject}\n${d.body}`;
              expect(text).not.toMatch(/\{\{|\}\}|undefined|null|NaN/);
              expect(checkTone(text, language)).toEqual([]);
              expect(d.subject.trim()).not.toBe('');
              expect(d.body).not.toMatch(/ ,|\n{3,}|[ \t]\n|^\s|\s$/);
              expect(d.body).not.toMatch(/,$/);
              if (v.myName) expect(d.body.endsWith(`\n${v.myName}`)).toBe(true);
              if (d.hook === null) expect(d.body).toContain('✏️');
              else expect(d.body).toContain(d.hook);
              if (v.reintroduce) expect(d.body.split('\n\n')[1]).toMatch(language === 'en' ? /reminder|ring a bell|last in touch|last wrote/ : /påminnelse|namnet|senast/);
            }
          });
        });
      }
    }
  }
});
