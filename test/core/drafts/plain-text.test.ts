// Values in a draft are one line of plain text (issue 12, item 7).
import { describe, expect, it } from 'vitest';
import { plainLine } from '../../../src/core/drafts/plain-text';

describe('plainLine', () => {
  it.each([
    ['The Q1 pilot\n## Follow-ups\n### Draft — x', 'The Q1 pilot Follow-ups Draft — x'],
    ['Jane\r\nDoe', 'Jane Doe'],
    ['Jane\u2028Doe', 'Jane Doe'],
    ['<b>Jane</b> <img src=x onerror=alert(1)>Doe', 'Jane Doe'],
    ['the pilot ![[diagram.png]] plan', 'the pilot plan'],
    ['see [[Acme Corp|Acme]] and [[Q1 plan#Goals]]', 'see Acme and Q1 plan'],
    ['[our site](https://example.com) ![logo](x.png)', 'our site'],
    ['**bold** and `code` and ==mark==', 'bold and code and mark'],
    ['> quoted\n- listed\n1. numbered', 'quoted listed numbered'],
    ['C# developer, #hashtag', 'C# developer, #hashtag'],
    ['tab\there\u0007bell\u001b[31m', 'tab herebell[31m'],
    ['   ', ''],
  ])('%j -> %j', (input, expected) => {
    expect(plainLine(input)).toBe(expected);
  });

  // Linear: a quadratic pass over 300 KB takes minutes and hits the timeout; a linear one, milliseconds.
  it('reads 300 KB of unclosed brackets on one line', { timeout: 30_000 }, () => {
    const big = '[[x'.repeat(40000) + '![x](' .repeat(20000) + '<'.repeat(40000) + '\n#'.repeat(20000);
    expect(plainLine(big)).toContain('[[x[[x');
  });
});
