/**
 * clausesOf reuses its clause objects and arrays from sentence to sentence: what a long sentence
 * with many clauses left behind must never show through in the next, shorter one.
 */
import { describe, expect, it } from 'vitest';
import { checkTone } from '../../../src/core/tone';
import { clausesOf, type Clause } from '../../../src/core/tone/clause';
import { tokenize } from '../../../src/core/tone/tokenize';
import { wordInfo } from '../../../src/core/tone/word-info';

/** Each sentence's clauses, copied before the next sentence is read. */
function clausesOfText(text: string): Array<Array<Omit<Clause, 'sentence'>>> {
  return Array.from(tokenize(text, wordInfo), (s) =>
    clausesOf(s, 'en').map((c) => ({ words: [...c.words], at: [...c.at], masks: [...c.masks], families: c.families, endMark: c.endMark, alone: c.alone })),
  );
}

const LONG = 'Thanks for the call, the notes from the meeting about the budget and the plan, the slides; the numbers (all of them): the rest, and the time you took to read them all!';
const SHORT = 'Why have you not replied??';

describe('clauses reused across sentences', () => {
  it('are the same as when each sentence is read alone', () => {
    const together = clausesOfText(`${LONG} ${SHORT} ${LONG} Hi. ${SHORT}`);
    const alone = [LONG, SHORT, LONG, 'Hi.', SHORT].map((t) => clausesOfText(t)[0]);
    expect(together).toEqual(alone);
    // The short sentence is one clause: the sentence's end mark and "alone" are its own.
    const short = together[1] ?? [];
    expect(short.map((c) => [c.words, c.at, c.masks.length, c.endMark, c.alone])).toEqual([[['why', 'have', 'you', 'not', 'replied'], [0, 1, 2, 3, 4], 5, '??', true]]);
    expect((together[0] ?? []).length).toBeGreaterThan(5);
  });

  it('give the same findings after a long sentence as alone', () => {
    const after = checkTone(`${LONG} ${SHORT}`, 'en').map((f) => ({ ...f, index: f.index - LONG.length - 1 }));
    expect(after).toEqual(checkTone(SHORT, 'en'));
    expect(after.length).toBeGreaterThan(0);
  });
});
