import { describe, it, expect } from 'vitest';
import { checkTone } from '../../../src/core/tone';

describe('checkTone', () => {
  it('points at the phrase in the original text, by character offset', () => {
    const text = 'Hi Jane,\n\nPer my last email, could you confirm?';
    const [f] = checkTone(text, 'en');
    expect(f?.index).toBe(10);
    expect(f?.phrase).toBe('Per my last email');
  });

  it('ignores case, curly apostrophes and extra whitespace, and reports the phrase as written', () => {
    const text = 'Well,  YOU   HAVEN’T\nANSWERED yet.';
    const findings = checkTone(text, 'en');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.phrase).toBe('YOU   HAVEN’T\nANSWERED');
    expect(findings[0]?.index).toBe(7);
    expect(findings[0]?.why).toMatch(/^Blame/);
  });

  it('keeps offsets right after characters that fold to two units and after invisible ones', () => {
    const text = 'İstanbul\u00AD team: as\u200B I said, ASAP.';
    const findings = checkTone(text, 'en');
    expect(findings.map((f) => f.phrase)).toEqual(['as\u200B I said', 'ASAP']);
    for (const f of findings) expect(text.indexOf(f.phrase)).toBe(f.index);
  });

  it('gives each finding a reason by category and a suggestion', () => {
    const cases: Array<[string, RegExp]> = [
      ['You ignored me.', /^Blame/],
      ['Reply ASAP.', /^Pressure/],
      ['I am so disappointed.', /^Guilt/],
      ['This is IMPORTANT.', /^Shouting/],
    ];
    for (const [text, why] of cases) {
      const [f] = checkTone(text, 'en');
      expect(f?.why).toMatch(why);
      expect(f?.suggestion.length).toBeGreaterThan(5);
    }
  });

  it('reports a shouted pressure word once, for its more specific reason', () => {
    const findings = checkTone('URGENT: please read', 'en');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.why).toMatch(/^Pressure/);
  });

  it('runs both phrase lists whatever the language says', () => {
    expect(checkTone('Du har inte svarat.', 'en')).toHaveLength(1);
    expect(checkTone("You haven't replied.", 'sv')).toHaveLength(1);
  });

  it('allows one more exclamation mark in Swedish, where greetings use them', () => {
    const text = 'Hej Anna! Tack för senast! Ha en fin fredag!';
    expect(checkTone(text, 'sv')).toEqual([]);
    const en = checkTone('Hi Anna! Thanks! Have a good Friday!', 'en');
    expect(en.map((f) => f.phrase)).toEqual(['!']);
  });

  it('does not flag short acronyms, tokens with digits, or known longer acronyms', () => {
    expect(checkTone('Our CEO asked for the CV, the UX brief, the API spec, the B2B plan and the Q4 numbers in JSON.', 'en')).toEqual([]);
  });

  it('flags three capital words in a row even when each is short', () => {
    expect(checkTone('Please DO IT NOW.', 'en').map((f) => f.phrase)).toEqual(['DO IT NOW']);
  });

  it('finds nothing in an empty text', () => {
    expect(checkTone('', 'en')).toEqual([]);
  });
});
