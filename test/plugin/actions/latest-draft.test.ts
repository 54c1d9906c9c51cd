import { describe, expect, it } from 'vitest';
import { latestDraft, mailtoUrl } from '../../../src/plugin/actions/latest-draft';

const NOTE = `---
followup: active
---
Notes.

## Follow-ups

### Draft — follow-up 1 — 2026-11-11 (Wed morning)
**Subject:** Old one

Old body.

### Draft — follow-up 2 — 2026-11-25 (Wed midday)
**Subject:** Following up on the role

Hi Jane,

I edited this line by hand.

## Later notes
Not part of the draft.
`;

describe('latestDraft', () => {
  it('reads the last draft block up to the next heading, with the user\'s edits', () => {
    expect(latestDraft(NOTE)).toEqual({
      heading: '### Draft — follow-up 2 — 2026-11-25 (Wed midday)',
      subject: 'Following up on the role',
      body: 'Hi Jane,\n\nI edited this line by hand.',
    });
  });

  it('reads CRLF notes and a draft at the very end', () => {
    const crlf = NOTE.split('\n## Later')[0]?.replace(/\n/g, '\r\n') ?? '';
    expect(latestDraft(crlf)?.body).toBe('Hi Jane,\n\nI edited this line by hand.');
  });

  it('is null without a draft', () => {
    expect(latestDraft('---\nfollowup: active\n---\n## Follow-ups\n')).toBeNull();
  });
});

describe('mailtoUrl', () => {
  it('percent-encodes subject and body, with CRLF line breaks', () => {
    const url = mailtoUrl('jane@example.com', { subject: 'Re: the role & more?', body: 'Hi Jane,\n\n100% keen = yes #1' });
    expect(url).toBe('mailto:jane@example.com?subject=Re%3A%20the%20role%20%26%20more%3F&body=Hi%20Jane%2C%0D%0A%0D%0A100%25%20keen%20%3D%20yes%20%231');
  });

  it('encodes non-ASCII text and characters of the address that would end it', () => {
    expect(mailtoUrl('åsa+x?@example.se', { subject: 'Hälsningar', body: 'Tack!' })).toBe(
      'mailto:%C3%A5sa%2Bx%3F@example.se?subject=H%C3%A4lsningar&body=Tack!',
    );
  });
});
