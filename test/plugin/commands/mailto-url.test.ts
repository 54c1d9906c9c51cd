import { describe, expect, it } from 'vitest';
import { mailtoUrl } from '../../../src/plugin/commands/mailto-url';

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
