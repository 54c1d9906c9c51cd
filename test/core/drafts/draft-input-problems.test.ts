import { describe, expect, it } from 'vitest';
import { contactDraftProblems, templateNoteProblems } from '../../../src/core/drafts';
import { aContact } from './builders';

describe('contactDraftProblems', () => {
  it('reports hooks that drafts leave out, and nothing for good ones', () => {
    const problems = contactDraftProblems(aContact({ path: 'P/Ann.md', hooks: ['Loved your talk, {{firstName}}.', 'See you at {{event}}'] }));
    expect(problems.map((p) => [p.path, p.key, p.value])).toEqual([['P/Ann.md', 'hooks', 'See you at {{event}}']]);
    expect(problems[0]?.message).toContain('hook 2 uses an unknown placeholder {{event}}');
  });
});

describe('templateNoteProblems', () => {
  it('reports an unknown placeholder by variant, with a suggestion', () => {
    const text = 'Subject: Hi\nHi {{firstname}},\n{{hook}}\n---\nSubject: Again\nHello {{firstName|there}},\n{{hook}}';
    const problems = templateNoteProblems('Templates/job-follow-up.md', text);
    expect(problems.map((p) => [p.path, p.key, p.value])).toEqual([['Templates/job-follow-up.md', 'variant 1', '{{firstname}}']]);
    expect(problems[0]?.message).toContain('Did you mean {{firstName}}?');
  });

  it('accepts the send-day placeholders and per-slot fallbacks', () => {
    const text = 'Subject: {{topic|A note}}\nHi {{firstName|there}}, {{later}}.\n{{hook}}\n{{weekWish}},\n---\nSubject: B\nHello,\n{{hook}}';
    expect(templateNoteProblems('Templates/sales-check-in.sv.md', text)).toEqual([]);
  });

  it('ignores notes that are not templates, and reports a note with no usable variant', () => {
    expect(templateNoteProblems('Templates/README.md', '{{nope}}')).toEqual([]);
    expect(templateNoteProblems('Templates/generic-ask-to-stop.md', 'no subject here').map((p) => p.key)).toEqual(['variant 1', 'template']);
  });
});
