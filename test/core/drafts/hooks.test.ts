import { describe, expect, it } from 'vitest';
import { draft } from '../../../src/core/drafts';
import { hookProblems } from '../../../src/core/drafts/hooks';
import { aContact, aPlan, someSettings } from './builders';

const hookAt = (interests: string[], step: number, language: 'en' | 'sv' = 'en', hooks: string[] = []) =>
  draft(aContact({ interests, hooks, language }), aPlan({ step }), someSettings())?.hook ?? null;

describe('interest hooks', () => {
  it('with one interest, consecutive drafts word it differently', () => {
    for (const language of ['en', 'sv'] as const) {
      const lines = [1, 2, 3, 4, 5, 6].map((step) => hookAt(['AIK'], step, language));
      for (let i = 1; i < lines.length; i++) expect(lines[i]).not.toBe(lines[i - 1]);
      for (const line of lines) expect(line).toContain('AIK');
    }
  });

  it('puts any noun phrase in a slot that takes one, never as an adjective', () => {
    for (const interest of ['the Premier League', 'birdwatching in the Scottish Highlands', 'Italy']) {
      for (let step = 1; step <= 4; step++) {
        const line = hookAt([interest], step) ?? '';
        expect(line).toContain(interest);
        expect(line).not.toMatch(new RegExp(`(?:a|an|some|favourite|good) ${interest} `));
      }
    }
    for (const interest of ['att laga mat', 'Italien', 'AIK']) {
      for (let step = 1; step <= 4; step++) expect(hookAt([interest], step, 'sv')).not.toMatch(new RegExp(`lite ${interest}`));
    }
  });

  it('mostly offers something rather than asking for a tip', () => {
    const lines = [1, 2, 3, 4, 5, 6, 7, 8].map((step) => hookAt(['pizza'], step) ?? '');
    const asks = lines.filter((l) => /all ears|\?/.test(l));
    expect(asks.length).toBeLessThanOrEqual(lines.length / 4);
  });

  it('trims trailing punctuation and flattens an interest to one line', () => {
    for (let step = 1; step <= 4; step++) {
      expect(hookAt(['jazz.'], step)).toMatch(/jazz[^.]/);
      expect(hookAt(['jazz\n# Heading <b>x</b>'], step)).toMatch(/jazz Heading x/);
    }
  });
});

describe('hookProblems', () => {
  it('reports a hook with an unknown placeholder or {{hook}}, with the key and value', () => {
    const contact = aContact({ path: 'People/Ann.md', hooks: ['Loved {{firstName}}’s talk', 'Hi {{nmae}}', 'Again {{ hook }}'] });
    const problems = hookProblems(contact);
    expect(problems.map((p) => [p.path, p.key, p.value])).toEqual([
      ['People/Ann.md', 'hooks', 'Hi {{nmae}}'],
      ['People/Ann.md', 'hooks', 'Again {{ hook }}'],
    ]);
    expect(problems[0]?.message).toMatch(/^hook 2 uses an unknown placeholder \{\{nmae\}\}, so drafts leave it out\. Known: /);
    expect(problems[1]?.message).toContain('hook 3 uses {{hook}} inside a hook');
    expect(hookProblems(aContact({ hooks: ['Congrats on the launch'] }))).toEqual([]);
  });
});
