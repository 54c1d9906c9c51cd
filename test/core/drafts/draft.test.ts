import { describe, it, expect } from 'vitest';
import { BUILT_IN_TEMPLATES, draft, parseUserTemplate, type UserTemplate } from '../../../src/core/drafts';
import type { PlanState } from '../../../src/core/types';
import { aContact, aPlan, someSettings } from './builders';

/** A one-line-per-placeholder template, to see exactly what each placeholder renders to. */
function probe(context = 'job'): UserTemplate {
  const note = `Subject: {{firstName}} / {{weekday}}
Hi {{name}},
topic={{topic}}
days={{daysSince}}
{{hook}}
Cheers,
{{myName}}
---
Subject: second
Hello {{firstName}},
{{hook}}`;
  const { template } = parseUserTemplate(note, context, 'follow-up');
  if (!template) throw new Error('probe template did not parse');
  return template;
}

/** Step 2 with this contact's path lands on the first variant of a two-variant list. */
function probeDraft(...args: Parameters<typeof draft>) {
  for (let step = 1; step <= 2; step++) {
    const d = draft(args[0], { ...args[1], step }, args[2], args[3]);
    if (d?.subject.includes(' / ')) return d;
  }
  throw new Error('probe variant not reached');
}

describe('draft', () => {
  it.each<PlanState>(['stopped', 'replied', 'paused', 'not-contacted'])('gives no draft for a %s plan', (state) => {
    expect(draft(aContact(), aPlan({ state, kind: null, step: null, due: null, slot: null }), someSettings())).toBeNull();
  });

  it('gives no draft for a stopped contact even if a plan says otherwise', () => {
    expect(draft(aContact({ state: 'stopped' }), aPlan(), someSettings())).toBeNull();
  });

  it('fills every placeholder from the contact, plan and settings', () => {
    const d = probeDraft(aContact({ hooks: ['Loved your talk.'], interests: [] }), aPlan({ daysSinceLast: 9 }), someSettings(), [probe()]);
    expect(d.subject).toBe('Jane / Wednesday');
    expect(d.body).toBe('Hi Jane Doe,\ntopic=the product designer role\ndays=9\nLoved your talk.\nCheers,\nSam Berg');
    expect(d.hook).toBe('Loved your talk.');
  });

  it('names the weekday of the suggested slot in the draft language', () => {
    const plan = aPlan({ slot: { date: '2026-11-27', part: 'morning' } });
    expect(probeDraft(aContact({ language: 'sv' }), plan, someSettings(), [probe()]).subject).toBe('Jane / fredag');
    expect(probeDraft(aContact(), plan, someSettings(), [probe()]).subject).toBe('Jane / Friday');
    expect(probeDraft(aContact(), aPlan({ slot: null, due: null }), someSettings(), [probe()]).subject).toBe('Jane / day');
  });

  it('drops the name line and the comma of the sign-off when my name is not set', () => {
    const d = probeDraft(aContact(), aPlan(), someSettings({ myName: '  ' }), [probe()]);
    expect(d.body.endsWith('\nCheers')).toBe(true);
    const built = draft(aContact(), aPlan(), someSettings({ myName: '' }));
    expect(built?.body).not.toMatch(/,\s*$|\n\s*$/);
  });

  it('uses the contact language over the settings language', () => {
    expect(draft(aContact({ language: 'sv' }), aPlan(), someSettings({ language: 'en' }))?.language).toBe('sv');
    expect(draft(aContact({ language: null }), aPlan(), someSettings({ language: 'sv' }))?.language).toBe('sv');
    expect(draft(aContact({ language: null }), aPlan(), someSettings())?.body).toMatch(/^Hi Jane,/);
  });

  it('falls back to a natural topic per language and context', () => {
    const topic = (context: string, language: 'en' | 'sv'): string =>
      probeDraft(aContact({ topic: null, context, language }), aPlan(), someSettings(), [probe(context)]).body.split('\n')[1] ?? '';
    expect(topic('job', 'en')).toBe('topic=my application');
    expect(topic('job', 'sv')).toBe('topic=min ansökan');
    expect(topic('networking', 'en')).toBe('topic=my last email');
    expect(topic('sales', 'sv')).toBe('topic=mitt förra mejl');
  });

  it('treats an unknown context as generic', () => {
    const d = draft(aContact({ context: 'Investor', topic: null }), aPlan(), someSettings());
    const generic = BUILT_IN_TEMPLATES.en.generic['follow-up'].map((t) => t.subjectWithoutTopic);
    expect(generic).toContain(d?.subject);
  });

  it('uses the subject written for no topic, and a per-slot fallback in the body', () => {
    const d = draft(aContact({ context: 'sales', topic: '  ', path: 'Leads/Ann.md' }), aPlan({ kind: 'ask-to-stop', step: 4 }), someSettings());
    expect(d?.subject).toBe('Should I stop following up?');
    expect(d?.body).not.toMatch(/my last email|\{\{/);
  });

  it('reminds them who I am after the greeting when the plan says reintroduce', () => {
    const d = draft(aContact(), aPlan({ reintroduce: true, daysSinceLast: 30 }), someSettings());
    const [greeting, reminder] = d?.body.split('\n\n') ?? [];
    expect(greeting).toBe('Hi Jane,');
    expect(reminder).toMatch(/Sam Berg|30 days/);
    expect(draft(aContact(), aPlan({ reintroduce: false }), someSettings())?.body).not.toMatch(/reminder of who|ring a bell/);
  });

  it('reintroduces without a name when my name is not set', () => {
    for (let step = 1; step <= 4; step++) {
      const d = draft(aContact(), aPlan({ step, reintroduce: true, daysSinceLast: 30 }), someSettings({ myName: '' }));
      expect(d?.body.split('\n\n')[1]).toMatch(/^(I last wrote to you|We were last in touch) a few weeks ago\.$/);
      expect(d?.body).not.toMatch(/I'm ,|I'm\s*;/);
    }
  });

  it('puts the ✏️ prompt where the hook goes when there is none, and never invents one', () => {
    const d = draft(aContact({ interests: [], hooks: [] }), aPlan(), someSettings());
    expect(d?.hook).toBeNull();
    expect(d?.body).toMatch(/\n\n✏️ Add a personal touch here/);
  });

  it('fills the placeholders of a ready-made hook, on one line', () => {
    const d = draft(aContact({ hooks: ['  Your {{firstName}} joke\n# made my day.  '], interests: [] }), aPlan(), someSettings());
    expect(d?.hook).toBe('Your Jane joke made my day.');
    expect(d?.body).toContain('\n\nYour Jane joke made my day.\n\n');
  });

  it('leaves out a hook with an unknown placeholder, so it never goes out as {{nmae}}', () => {
    const d = draft(aContact({ hooks: ['Hi {{nmae}}!'], interests: [] }), aPlan(), someSettings());
    expect(d?.hook).toBeNull();
    expect(d?.body).not.toContain('{{');
  });

  it('takes the step from the plan, and 1 when the plan has none', () => {
    expect(draft(aContact(), aPlan({ step: 3 }), someSettings())?.step).toBe(3);
    expect(draft(aContact(), aPlan({ step: null }), someSettings())?.step).toBe(1);
  });
});

describe('draft with user templates', () => {
  const note = (subject: string): string => `Subject: ${subject}\nHi {{firstName}},\n{{hook}}\n---\nSubject: ${subject} again\nHello {{firstName}},\n{{hook}}`;
  const parse = (context: string, kind: 'follow-up' | 'check-in', language: 'en' | 'sv' | null, subject: string): UserTemplate => {
    const t = parseUserTemplate(note(subject), context, kind, language).template;
    if (!t) throw new Error('did not parse');
    return t;
  };

  it('overrides the built-ins for that context and kind only', () => {
    const mine = [parse('job', 'follow-up', null, 'Mine')];
    expect(draft(aContact(), aPlan(), someSettings(), mine)?.subject).toMatch(/^Mine/);
    expect(draft(aContact(), aPlan({ kind: 'check-in', step: 5 }), someSettings(), mine)?.subject).not.toMatch(/^Mine/);
    expect(draft(aContact({ context: 'sales' }), aPlan(), someSettings(), mine)?.subject).not.toMatch(/^Mine/);
  });

  it('prefers the contact’s own context word, then a note for its language', () => {
    const templates = [
      parse('generic', 'follow-up', null, 'Generic'),
      parse('investor', 'follow-up', null, 'Investor any'),
      parse('investor', 'follow-up', 'sv', 'Investor sv'),
    ];
    expect(draft(aContact({ context: 'Investor', language: 'sv' }), aPlan(), someSettings(), templates)?.subject).toMatch(/^Investor sv/);
    expect(draft(aContact({ context: 'investor', language: 'en' }), aPlan(), someSettings(), templates)?.subject).toMatch(/^Investor any/);
    expect(draft(aContact({ context: 'friend' }), aPlan(), someSettings(), templates)?.subject).toMatch(/^Generic/);
  });
});
