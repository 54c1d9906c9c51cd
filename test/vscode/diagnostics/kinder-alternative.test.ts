import { describe, expect, it } from 'vitest';
import { checkTone } from '../../../src/core/tone';
import { kinderFix } from '../../../src/vscode/diagnostics/kinder-alternative';

const fixed = (text: string, language: 'en' | 'sv' = 'en'): string[] =>
  checkTone(text, language).flatMap((f) => {
    const fix = kinderFix(text, f);
    return fix === null ? [] : [text.slice(0, fix.from) + fix.replacement + text.slice(fix.to)];
  });

describe('kinderFix', () => {
  it("rewrites the clause from the phrase to the sentence's end with the core's kinder line", () => {
    const [after] = fixed("Just checking in again, you haven't replied to my email. Best, Ada");
    expect(after).toBe("Just checking in again, I know how full inboxes get. Whenever you have a moment, I'd love to hear your thoughts on my email. Best, Ada");
  });

  it('the rewritten text passes the tone check, in English and Swedish', () => {
    for (const [text, lang] of [["Hi Jane, you haven't replied to my last email.", 'en'], ['Hej Erik, du har inte svarat på mitt mejl.', 'sv']] as const) {
      const results = fixed(text, lang);
      expect(results.length, text).toBeGreaterThan(0);
      for (const after of results) expect(checkTone(after, lang), after).toEqual([]);
    }
  });

  it('offers no edit for advice in words', () => {
    expect(kinderFix('As per my last email, see below.', { index: 0, phrase: 'As per my last email', suggestion: 'Say the point again in one friendly line.' })).toBeNull();
    expect(kinderFix('Thanks!!!', { index: 6, phrase: '!!!', suggestion: 'One full stop, or a single exclamation mark, is enough.' })).toBeNull();
  });
});
