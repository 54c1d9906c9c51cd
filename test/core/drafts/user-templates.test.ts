import { describe, it, expect } from 'vitest';
import { parseTemplateNoteName, parseUserTemplate, templateNoteName } from '../../../src/core/drafts';

const NOTE = `---
tags: [template]
---
Subject: Following up on {{topic}}

Hi {{firstName}},

Just a short note about {{topic}}.

{{hook}}

Best,
{{myName}}
---
**Subject:** Re: {{topic}}
Hi {{firstName}},
{{hook}}
`;

describe('parseUserTemplate', () => {
  it('skips the note’s frontmatter and splits variants on ---', () => {
    const { template, problems } = parseUserTemplate(NOTE, 'Job', 'follow-up');
    expect(problems).toEqual([]);
    expect(template?.context).toBe('job');
    expect(template?.kind).toBe('follow-up');
    expect(template?.language).toBeNull();
    expect(template?.variants).toEqual([
      { subject: 'Following up on {{topic}}', body: 'Hi {{firstName}},\n\nJust a short note about {{topic}}.\n\n{{hook}}\n\nBest,\n{{myName}}' },
      { subject: 'Re: {{topic}}', body: 'Hi {{firstName}},\n{{hook}}' },
    ]);
  });

  it('reads CRLF notes, a BOM, `**Subject**:` and Swedish `Ämne:`', () => {
    const text = '\uFEFFÄmne: Hej {{firstName}}\r\nHej!\r\n{{hook}}\r\n---\r\n**Subject**: Two\r\nText {{hook}}\r\n';
    const { template, problems } = parseUserTemplate(text, 'sales', 'check-in', 'sv');
    expect(problems).toEqual([]);
    expect(template?.variants.map((v) => v.subject)).toEqual(['Hej {{firstName}}', 'Two']);
    expect(template?.variants[0]?.body).toBe('Hej!\n{{hook}}');
    expect(template?.language).toBe('sv');
  });

  it('reports an unknown placeholder by name and leaves that variant out', () => {
    const text = 'Subject: Hi {{firstname}}\nHello {{company}}\n---\nSubject: Fine\n{{hook}} text\n---\nSubject: Also fine\n{{ hook }} more';
    const { template, problems } = parseUserTemplate(text, 'job', 'follow-up');
    expect(template?.variants.map((v) => v.subject)).toEqual(['Fine', 'Also fine']);
    expect(problems.map((p) => [p.variant, p.placeholder, p.severity])).toEqual([
      [1, 'firstname', 'error'],
      [1, 'company', 'error'],
    ]);
    expect(problems[0]?.message).toMatch(/Did you mean \{\{firstName\}\}/);
    expect(problems[1]?.message).toMatch(/Known: \{\{name\}\}/);
  });

  it('reports a variant without a subject line, and gives no template when nothing is usable', () => {
    const { template, problems } = parseUserTemplate('Hi there,\n{{hook}}', 'job', 'follow-up');
    expect(template).toBeNull();
    expect(problems.map((p) => p.message)).toEqual([
      'Variant 1 does not start with a "Subject: …" line.',
      'No usable variant: the built-in templates are used instead.',
    ]);
  });

  it('warns about a single variant, a missing hook and a pushy phrase, but still uses the variant', () => {
    const { template, problems } = parseUserTemplate('Subject: Reply ASAP\nAs I said, we should talk.', 'job', 'follow-up');
    expect(template?.variants).toHaveLength(1);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    const text = problems.map((p) => p.message).join('\n');
    expect(text).toMatch(/"ASAP"/);
    expect(text).toMatch(/"As I said"/);
    expect(text).toMatch(/Only one variant/);
    expect(text).toMatch(/No variant uses \{\{hook\}\}/);
  });

  it('ignores empty chunks such as a trailing separator', () => {
    const { template } = parseUserTemplate('Subject: A\n{{hook}}\n---\n\n---\nSubject: B\n{{hook}}\n---\n', 'job', 'follow-up');
    expect(template?.variants.map((v) => v.subject)).toEqual(['A', 'B']);
  });
});

describe('template note names', () => {
  it('names notes <context>-<kind>.md, with an optional language', () => {
    expect(templateNoteName('Job', 'follow-up')).toBe('job-follow-up.md');
    expect(templateNoteName('job', 'ask-to-stop', 'sv')).toBe('job-ask-to-stop.sv.md');
  });

  it('reads names back, including custom contexts and folders', () => {
    expect(parseTemplateNoteName('Templates/job-follow-up.md')).toEqual({ context: 'job', kind: 'follow-up', language: null });
    expect(parseTemplateNoteName('board-member-check-in.sv.md')).toEqual({ context: 'board-member', kind: 'check-in', language: 'sv' });
    expect(parseTemplateNoteName('Generic-Ask-To-Stop.md')).toEqual({ context: 'generic', kind: 'ask-to-stop', language: null });
    expect(parseTemplateNoteName('notes.md')).toBeNull();
    expect(parseTemplateNoteName('job-follow-up.de.md')).toBeNull();
  });
});
