import { describe, it, expect } from 'vitest';
import { appendDraftBlock, renderDraftBlock, type Draft } from '../../../src/core/drafts';

const DRAFT: Draft = {
  subject: 'Following up on the designer role',
  body: 'Hi Jane,\n\nJust a short note.\n\nBest,\nSam',
  kind: 'follow-up',
  step: 2,
  language: 'en',
  hook: null,
};
const BLOCK = renderDraftBlock(DRAFT, '2026-11-25', 3, 'afternoon');
const BLOCK_TEXT = '### Draft — follow-up 2 — 2026-11-25 (Wed afternoon)\n**Subject:** Following up on the designer role\n\nHi Jane,\n\nJust a short note.\n\nBest,\nSam\n';

describe('renderDraftBlock', () => {
  it('renders the heading, the subject and the body', () => {
    expect(BLOCK.heading).toBe('### Draft — follow-up 2 — 2026-11-25 (Wed afternoon)');
    expect(BLOCK.markdown).toBe(BLOCK_TEXT);
  });

  it('writes a CRLF draft body with plain line breaks, so appending does not double them', () => {
    const crlf = renderDraftBlock({ ...DRAFT, body: DRAFT.body.replace(/\n/g, '\r\n') }, '2026-11-25', 3, 'afternoon');
    expect(crlf.markdown).toBe(BLOCK_TEXT);
  });
});

describe('appendDraftBlock', () => {
  it('adds a Follow-ups section at the end when the note has none', () => {
    expect(appendDraftBlock('Free notes.\n', BLOCK)).toBe(`Free notes.\n\n## Follow-ups\n\n${BLOCK_TEXT}`);
    expect(appendDraftBlock('Free notes.', BLOCK)).toBe(`Free notes.\n\n## Follow-ups\n\n${BLOCK_TEXT}`);
    expect(appendDraftBlock('', BLOCK)).toBe(`## Follow-ups\n\n${BLOCK_TEXT}`);
  });

  it('appends under an existing Follow-ups section, after earlier drafts', () => {
    const body = 'Notes.\n\n## Follow-ups\n\n### Draft — follow-up 1 — 2026-11-11 (Wed morning)\n**Subject:** Hi\n\nText.\n';
    expect(appendDraftBlock(body, BLOCK)).toBe(`${body}\n${BLOCK_TEXT}`);
  });

  it('inserts before the next ## heading and keeps that section as it was', () => {
    const body = '## Follow-ups\n\nOlder draft.\n\n## Meeting notes\nThey like pizza.\n';
    expect(appendDraftBlock(body, BLOCK)).toBe(`## Follow-ups\n\nOlder draft.\n\n${BLOCK_TEXT}\n## Meeting notes\nThey like pizza.\n`);
  });

  it('inserts before a following # heading too, even with no blank line before it', () => {
    const body = '## Follow-ups\nOlder draft.\n# Archive\nOld.';
    expect(appendDraftBlock(body, BLOCK)).toBe(`## Follow-ups\nOlder draft.\n\n${BLOCK_TEXT}\n# Archive\nOld.`);
  });

  it('does not add the same step’s draft twice on the same day', () => {
    const once = appendDraftBlock('Notes.\n', BLOCK);
    expect(appendDraftBlock(once, BLOCK)).toBe(once);
    const crlfOnce = appendDraftBlock('Notes.\r\n', BLOCK);
    expect(appendDraftBlock(crlfOnce, BLOCK)).toBe(crlfOnce);
  });

  it('does add the same step on another day', () => {
    const once = appendDraftBlock('Notes.\n', BLOCK);
    const later = renderDraftBlock(DRAFT, '2026-11-26', 4, 'morning');
    expect(appendDraftBlock(once, later)).toContain(later.heading);
  });

  it('keeps a CRLF body CRLF, with no bare line feed', () => {
    const body = 'Notes.\r\n\r\n## Follow-ups\r\n\r\nOlder.\r\n\r\n## Next\r\nMore.\r\n';
    const out = appendDraftBlock(body, BLOCK);
    expect(out).not.toMatch(/[^\r]\n/);
    expect(out).toBe(`Notes.\r\n\r\n## Follow-ups\r\n\r\nOlder.\r\n\r\n${BLOCK_TEXT.replace(/\n/g, '\r\n')}\r\n## Next\r\nMore.\r\n`);
    expect(appendDraftBlock('Notes.\r\n', BLOCK)).toBe(`Notes.\r\n\r\n## Follow-ups\r\n\r\n${BLOCK_TEXT.replace(/\n/g, '\r\n')}`);
  });

  it('keeps every other byte of a note with mixed line endings', () => {
    const body = 'Line one\r\nline two\nline three\r\n';
    expect(appendDraftBlock(body, BLOCK).startsWith(body)).toBe(true);
    const sectioned = 'Intro\nmore\r\n## Follow-ups\r\n\r\nOld.\n\n## Next\nX\n';
    const out = appendDraftBlock(sectioned, BLOCK);
    expect(out.startsWith('Intro\nmore\r\n## Follow-ups\r\n\r\nOld.\n')).toBe(true);
    expect(out.endsWith(`${BLOCK_TEXT.replace(/\n/g, '\r\n')}\n## Next\nX\n`)).toBe(true);
  });

  it('ignores headings inside code fences', () => {
    const body = '## Follow-ups\n\nOlder.\n\n```md\n## Not a heading\n```\n\n## Next\n';
    const out = appendDraftBlock(body, BLOCK);
    expect(out).toBe(`## Follow-ups\n\nOlder.\n\n\`\`\`md\n## Not a heading\n\`\`\`\n\n${BLOCK_TEXT}\n## Next\n`);
    const fenced = '```\n## Follow-ups\n```\n';
    expect(appendDraftBlock(fenced, BLOCK)).toBe(`${fenced}\n## Follow-ups\n\n${BLOCK_TEXT}`);
  });
});
