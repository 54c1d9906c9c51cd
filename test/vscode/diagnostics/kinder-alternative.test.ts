import { describe, expect, it } from 'vitest';
import { checkTone } from '../../../src/core/tone';
import { kinderAlternatives } from '../../../src/vscode/diagnostics/kinder-alternative';

describe('kinderAlternatives', () => {
  it('offers the quoted line and leaving the phrase out, from a real finding', () => {
    const [finding] = checkTone("Just checking in again, you haven't replied to my email.", 'en');
    expect(finding).toBeDefined();
    const fixes = kinderAlternatives(finding!.suggestion);
    expect(fixes.map((f) => f.replacement)).toContain("I know how busy things get, so I'm just bringing this back to the top.");
    expect(fixes.some((f) => f.replacement === '')).toBe(true);
  });

  it('offers no text for advice that quotes what to avoid', () => {
    expect(kinderAlternatives('Just say it again, kindly, without "as I said".')).toEqual([]);
  });

  it('gives every built-in suggestion either a concrete fix or none, never an empty title', () => {
    for (const text of ['As per my last email, see below.', 'Why haven\'t you answered?', 'I am still waiting for a reply.', 'PLEASE RESPOND ASAP!!!']) {
      for (const f of checkTone(text, 'en')) for (const fix of kinderAlternatives(f.suggestion)) expect(fix.title.length).toBeGreaterThan(0);
    }
  });
});
