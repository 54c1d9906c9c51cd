/** Every suggestion the check makes on the corpora is itself kind (passes the check) and in the sentence's language. */
import { describe, expect, it } from 'vitest';
import { checkTone } from '../../../src/core/tone';
import { languageOf } from '../../../src/core/tone/clause';
import { tokenize } from '../../../src/core/tone/tokenize';
import { wordInfo } from '../../../src/core/tone/word-info';
import { readCorpus } from './corpus';

const lines = [...readCorpus('corpus'), ...readCorpus('held-out')].filter((l) => l.pushy);

describe('tone suggestions', () => {
  const findings = lines.flatMap((l) => checkTone(l.sentence, l.language).map((f) => ({ ...f, sentence: l.sentence })));

  it('come for most pushy lines of both languages', () => {
    expect(findings.filter((f) => f.language === 'sv').length).toBeGreaterThan(100);
    expect(findings.filter((f) => f.language === 'en').length).toBeGreaterThan(100);
  });

  it('are never flagged by the check themselves, in either language', () => {
    const flagged = findings.flatMap((f) => {
      // Quotes removed: a rewrite offered inside quotes must be kind too.
      const bare = f.suggestion.replace(/["“”]/g, '');
      const again = [...checkTone(bare, f.language), ...checkTone(bare, f.language === 'sv' ? 'en' : 'sv')];
      return again.length > 0 ? [`${f.sentence} -> ${f.suggestion} (flagged: "${again[0]?.phrase}")`] : [];
    });
    expect(flagged).toEqual([]);
  });

  it("are written in the sentence's language, and so is why", () => {
    for (const f of findings) {
      const other = f.language === 'sv' ? 'en' : 'sv';
      for (const text of [f.suggestion, f.why]) {
        // The tokenizer reuses one sentence object: read each before asking for the next.
        const lang = Array.from(tokenize(text, wordInfo), (s) => languageOf(s, other));
        expect(lang.includes(f.language), `${f.sentence}: ${text}`).toBe(true);
      }
    }
  });

  it('say why in words taken from the sentence, not one text per category', () => {
    const byCategory = new Map<string, Set<string>>();
    for (const f of findings) {
      expect(f.why, f.sentence).toContain(f.phrase.length < 40 ? '"' : '');
      const set = byCategory.get(`${f.language} ${f.category}`) ?? new Set<string>();
      set.add(f.why);
      byCategory.set(`${f.language} ${f.category}`, set);
    }
    for (const [key, whys] of byCategory) if (key.endsWith('shouting')) continue; else expect(whys.size, key).toBeGreaterThan(2);
  });
});
