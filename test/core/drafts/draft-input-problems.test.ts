import { describe, expect, it } from 'vitest';
import { contactDraftProblems, templateNoteProblems } from '../../../src/core/drafts';
import { aContact } from './builders';

describe('contactDraftProblems', () => {
  it('reports hooks that drafts leave out, and nothing for good ones', () => {
    const problems = contactDraftProblems(aContact({ path: 'P/Ann.md', hooks: ['Loved your talk, {{firstName}}.', 'See you at {{event}}'] }));
    expect(problems).toEqual([{ path: 'P/Ann.md', key: 'hooks', value: 'See you at {{event}}', message: expect.stringContaining('hook 2 uses an unknown placeholder {{event}}') }]);
  });
});

describe('templateNoteProblems', () => {
  it('reports an unknown placeholder by variant, with a suggestion', () => {
    const text = 'Subject: Hi\nHi {{firstname}},\n{{hook}}\n---\nSubject: Again\nHello {{firstName|there}},\n{{hook}}';
    expect(templateNoteProblems('Templates/job-follow-up.md', text)).toEqual([
      { path: 'Templates/job-follow-up.md', key: 'variant 1', value: '{{firstname}}', message: expect.stringContaining('Did you mean {{firstName}}?') },
    ]);
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
