/**
 * The check is linear in the text's length, measured in elementary steps (tokens read, words
 * looked at), never in wall-clock time: doubling the text at most doubles the work (plus a
 * little), and hostile input ("!!" by the kilobyte, one endless sentence) stays cheap.
 */
import { describe, expect, it } from 'vitest';
import { checkTone, MAX_TONE_FINDINGS } from '../../../src/core/tone';
import { toneSteps } from '../../../src/core/tone/match';

function steps(text: string, language: 'en' | 'sv' = 'en'): number {
  const before = toneSteps.count;
  checkTone(text, language);
  return toneSteps.count - before;
}

const POLITE_EN = 'Thanks again for the lovely chat on Tuesday, and I hope the launch went well. Would a short call next week suit you? ';
const POLITE_SV = 'Tack för samtalet i tisdags, och hoppas att lanseringen gick bra. Skulle ett kort samtal nästa vecka passa dig? ';

describe('tone check cost', () => {
  it.each([
    ['polite English', POLITE_EN, 'en'],
    ['polite Swedish', POLITE_SV, 'sv'],
    ['one sentence without an end', 'you you have not not replied to to my my email and ', 'en'],
    ['Swedish words without an end', 'du inte har att svarat varför ni hör av er ', 'sv'],
  ] as const)('grows linearly on %s', (_, unit, language) => {
    const small = steps(unit.repeat(500), language);
    const large = steps(unit.repeat(1000), language);
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThan(2.1);
    expect(large).toBeLessThan(unit.repeat(1000).length * 4);
  });

  it('reads only as far as the findings cap on 240 KB of "!!"', () => {
    const text = '!! '.repeat(80 * 1024);
    const work = steps(text);
    expect(checkTone(text, 'en')).toHaveLength(MAX_TONE_FINDINGS);
    expect(work).toBeLessThan(1000);
    // One unbroken run of marks is one token.
    expect(steps('!!'.repeat(120 * 1024))).toBeLessThan(100);
  }, 30_000);
});
