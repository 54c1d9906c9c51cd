import { describe, it, expect } from 'vitest';
import { checkTone, MAX_TONE_FINDINGS } from '../../../src/core/tone';

const phrases = (text: string, language: 'en' | 'sv' = 'en'): string[] => checkTone(text, language).map((f) => f.phrase);

describe('checkTone', () => {
  it('points at the phrase in the original text, by character offset', () => {
    const text = 'Hi Jane,\n\nPer my last email, could you confirm?';
    const [f] = checkTone(text, 'en');
    expect(f).toMatchObject({ index: 10, phrase: 'Per my last email', category: 'passive', language: 'en' });
  });

  it('ignores case, curly apostrophes and hard line wraps, and reports the phrase as written', () => {
    const text = 'Well,  YOU   HAVEN’T\nANSWERED yet.';
    const findings = checkTone(text, 'en');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ phrase: 'YOU   HAVEN’T\nANSWERED', index: 7, category: 'blame' });
    expect(findings[0]?.why).toMatch(/raised voice/);
  });

  it('sees the subject, the negation and the verb in either Swedish clause order', () => {
    expect(phrases('Du har inte svarat.', 'sv')).toEqual(['Du har inte svarat']);
    expect(phrases('Jag skriver igen eftersom du inte har hört av dig.', 'sv')).toEqual(['du inte har hört av dig']);
    expect(phrases('Varför svarade ni inte på inbjudan?', 'sv')).toEqual(['svarade ni inte']);
    expect(phrases('Förlåt att jag inte svarade tidigare.', 'sv')).toEqual([]);
    expect(phrases('Du behöver inte svara direkt.', 'sv')).toEqual([]);
  });

  it('tells blame from an apology or a release by who the subject is', () => {
    expect(phrases("Sorry I didn't respond sooner.")).toEqual([]);
    expect(phrases("You don't need to answer straight away.")).toEqual([]);
    expect(phrases("I know you haven't had time to reply.")).toEqual([]);
    expect(phrases("Since you didn't respond, I'm trying again.")).toEqual(["you didn't respond"]);
  });

  it('skips quoted text and quoted lines', () => {
    expect(checkTone('The headline "Why haven\'t you answered?" made me smile.', 'en')).toEqual([]);
    expect(checkTone('> You haven\'t replied to the vendor.\nThanks for the update.', 'en')).toEqual([]);
    expect(phrases('> Du har inte svarat.\n\nDu har inte svarat.', 'sv')).toEqual(['Du har inte svarat']);
  });

  it('does not flag negated pressure', () => {
    for (const [text, lang] of [
      ['No rush at all.', 'en'],
      ["This isn't urgent.", 'en'],
      ["I don't need an answer right away.", 'en'],
      ['Det är inget brådskande.', 'sv'],
      ['Det behöver inte ske omgående.', 'sv'],
    ] as const) expect(checkTone(text, lang), text).toEqual([]);
  });

  it('explains in the sentence’s language, quoting the words that matched', () => {
    const [sv] = checkTone('Hej Anna,\n\nDu har fortfarande inte svarat på mitt mejl.', 'en');
    expect(sv?.language).toBe('sv');
    expect(sv?.why).toContain('"inte" + "svarat"');
    expect(sv?.suggestion).toBe('Jag vet hur fulla inkorgarna kan bli. När du har en stund hör jag gärna vad du tycker om mitt mejl.');
    const [a] = checkTone("You haven't answered my question about pricing.", 'sv');
    const [b] = checkTone('You never replied.', 'sv');
    expect(a?.language).toBe('en');
    expect(a?.suggestion).toContain('your thoughts on my question about pricing');
    expect(a?.why).not.toBe(b?.why);
  });

  it('gives each kind of finding its category', () => {
    const cases: Array<[string, string]> = [
      ['You ignored me.', 'blame'],
      ['This is my third email about it.', 'count'],
      ['Please reply by end of day.', 'demand'],
      ['Just bumping this.', 'passive'],
      ['Hello?? Anyone there?', 'impatience'],
      ['After everything I have done for you.', 'guilt'],
      ['This is IMPORTANT.', 'shouting'],
    ];
    for (const [text, category] of cases) expect(checkTone(text, 'en')[0]?.category, text).toBe(category);
  });

  it('reports a shouted demand once, for its more specific reason, with the capitals noted', () => {
    const findings = checkTone('URGENT: please read', 'en');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ phrase: 'URGENT', category: 'demand' });
    expect(findings[0]?.why).toMatch(/capitals/);
  });

  it('allows one more exclamation mark in Swedish, where greetings use them', () => {
    expect(checkTone('Hej Anna! Tack för senast! Ha en fin fredag!', 'sv')).toEqual([]);
    expect(phrases('Hi Anna! Thanks! Have a good Friday!')).toEqual(['!']);
  });

  it('does not flag short acronyms, tokens with digits, or known longer acronyms', () => {
    expect(checkTone('Our CEO asked for the CV, the UX brief, the API spec, the B2B plan and the Q4 numbers in JSON.', 'en')).toEqual([]);
  });

  it('flags three capital words in a row even when each is short', () => {
    expect(phrases('Please DO IT NOW.')).toEqual(['DO IT NOW']);
  });

  it('finds nothing in an empty text', () => {
    expect(checkTone('', 'en')).toEqual([]);
  });

  it(`stops at ${MAX_TONE_FINDINGS} findings, in text order`, () => {
    const text = "You haven't replied. ".repeat(MAX_TONE_FINDINGS * 3);
    const findings = checkTone(text, 'en');
    expect(findings).toHaveLength(MAX_TONE_FINDINGS);
    expect(findings.map((f) => f.index)).toEqual([...findings.map((f) => f.index)].sort((x, y) => x - y));
    expect(checkTone('!! '.repeat(120 * 1024), 'en')).toHaveLength(MAX_TONE_FINDINGS);
  });
});
