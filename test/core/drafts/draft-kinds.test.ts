import { describe, it, expect } from 'vitest';
import { BUILT_IN_TEMPLATES, DRAFT_CONTEXTS, draft, type Draft } from '../../../src/core/drafts';
import type { Kind, Language } from '../../../src/core/types';
import { aContact, aPlan, someSettings } from './builders';

const KINDS: readonly Kind[] = ['follow-up', 'ask-to-stop', 'check-in'];

/** Every variant of a kind, for the given contexts, with a ready-made hook and with the ✏️ prompt. */
function draftsOf(language: Language, kind: Kind, contexts: readonly string[] = DRAFT_CONTEXTS): Draft[] {
  const out: Draft[] = [];
  const hook = language === 'sv' ? 'Grattis till det nya kontoret i Malmö.' : 'Congratulations on the new office.';
  for (const context of contexts) {
    const count = BUILT_IN_TEMPLATES[language][context === 'job' || context === 'sales' || context === 'networking' ? context : 'generic'][kind].length;
    for (let step = 1; step <= count; step++) {
      for (const hooks of [[hook], []]) {
        const contact = aContact({
          context,
          language,
          topic: language === 'sv' ? 'tjänsten som UX-designer' : 'the product designer role',
          interests: [],
          hooks,
        });
        const d = draft(contact, aPlan({ kind, step, reintroduce: step === 2, daysSinceLast: 25 }), someSettings());
        if (d) out.push(d);
      }
    }
  }
  return out;
}

const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}']+/u).filter(Boolean);
const ENGLISH = new Set(['the', 'and', 'you', 'your', 'would', 'please', 'thanks', 'hi', 'with', 'of', 'to', 'is', 'it', 'are', 'my', 'me', "i'm", 'if', 'for']);
const SWEDISH = new Set(['och', 'att', 'jag', 'du', 'det', 'är', 'inte', 'hej', 'med', 'för', 'om', 'gärna', 'dig']);

describe('ask-to-stop', () => {
  it.each(DRAFT_CONTEXTS)('asks in English whether to stop (%s)', (context) => {
    const drafts = draftsOf('en', 'ask-to-stop', [context]);
    expect(drafts).toHaveLength(6);
    for (const d of drafts) {
      expect(d.body, context).toMatch(/\bstop(ped)? (following up|reaching out)\b[^.?]*\?|\bstop(ped)? (following up|reaching out)\?/);
    }
  });

  it('asks in Swedish whether to stop, with a question', () => {
    const drafts = draftsOf('sv', 'ask-to-stop');
    expect(drafts).toHaveLength(24);
    for (const d of drafts) expect(d.body).toMatch(/slutar? (följa upp|höra av mig)[^.]*\?/);
  });

  it('makes saying no easy in both languages', () => {
    for (const d of draftsOf('en', 'ask-to-stop')) expect(d.body).toMatch(/fine|no hard feelings|kindly|personally|smile|step back|plenty/);
    for (const d of draftsOf('sv', 'ask-to-stop')) expect(d.body).toMatch(/okej|illa upp|med ro|leende|backar|personligt|räcker/);
  });
});

describe('follow-up', () => {
  it.each(['en', 'sv'] as const)('is short and asks one question (%s)', (language) => {
    for (const d of draftsOf(language, 'follow-up')) {
      // Short: at most 120 words, even with the reminder line and the ✏️ prompt.
      expect(words(d.body).length).toBeLessThanOrEqual(120);
      expect(d.body.split('?').length - 1).toBe(1);
    }
  });
});

describe('language', () => {
  it.each(KINDS)('Swedish %s drafts are Swedish, with no English sentence', (kind) => {
    for (const d of draftsOf('sv', kind)) {
      const w = words(`${d.subject} ${d.body}`);
      expect(w.filter((x) => SWEDISH.has(x)).length, d.body).toBeGreaterThanOrEqual(4);
      expect(w.filter((x) => ENGLISH.has(x)), d.body).toEqual([]);
      expect(d.language).toBe('sv');
    }
  });

  it.each(KINDS)('English %s drafts carry no Swedish words', (kind) => {
    for (const d of draftsOf('en', kind)) {
      expect(words(`${d.subject} ${d.body}`).filter((x) => SWEDISH.has(x)), d.body).toEqual([]);
    }
  });
});
