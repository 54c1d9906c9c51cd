/**
 * The draft checker (draft-defects.ts) scored on a labelled corpus: ten drafts saved from the
 * built-in templates BEFORE the issue-14 rewrite (fixtures/drafts-before-issue-14.md), labelled
 * by hand with the defects the issue names, and the same ten notes drafted after it
 * (fixtures/drafts-after-issue-14.md), which must be clean. The checker is not tuned to the
 * corpus: a label it misses is listed in MISSED rather than fixed by a narrower rule.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Kind, Language } from '../../../src/core/types';
import { draftDefects, type DraftUnderCheck } from './draft-defects';

interface Note {
  topic: string | null;
  greets: string;
  interests: string[];
  /** The defect categories a careful reader finds in the draft from before the rewrite. */
  before: string[];
}

// The five notes per language that the corpus drafts were made from (what the user wrote, read by hand).
const NOTES: Record<string, Note> = {
  'en 1': { topic: 'the product designer role', greets: 'Jane', interests: ['the Premier League'], before: ['subject', 'greeting', 'weekday', 'punctuation in a slot', 'glued interest', 'cliché'] },
  'en 2': { topic: 'the Q1 pilot', greets: '', interests: ['birdwatching in the Scottish Highlands'], before: ['greeting', 'punctuation in a slot', 'glued interest'] },
  'en 3': { topic: null, greets: 'Priya', interests: [], before: ['subject', 'counts days', 'weekday'] },
  'en 4': { topic: 'the talk in March', greets: 'Ola', interests: ['sourdough baking'], before: ['glued interest'] },
  'en 5': { topic: 'the project lead role', greets: 'Kim', interests: ['Italy', 'running'], before: ['glued interest'] },
  'sv 1': { topic: 'tjänsten som UX-designer', greets: 'Jane', interests: ['att laga mat'], before: ['subject', 'greeting', 'weekday', 'punctuation in a slot', 'cliché'] },
  'sv 2': { topic: 'piloten för Q1', greets: '', interests: ['Italien'], before: ['greeting', 'punctuation in a slot', 'cliché', 'glued interest'] },
  'sv 3': { topic: null, greets: 'Priya', interests: [], before: ['subject', 'counts days', 'weekday', 'cliché'] },
  'sv 4': { topic: 'frågan om föredraget', greets: 'Ola', interests: ['AIK'], before: [] },
  'sv 5': { topic: 'rollen som projektledare', greets: 'Kim', interests: ['Italien', 'löpning'], before: ['cliché'] },
};

/** Labels the checker does not find (reported in the issue note, never tuned away). */
const MISSED: Record<string, string[]> = {
  // "lyfta upp … igen": the issue quotes the form "lyfter upp"; the checker matches phrases as quoted.
  'sv 1': ['cliché'],
};

function corpus(file: string): Array<{ key: string; draft: DraftUnderCheck }> {
  const text = readFileSync(new URL(`fixtures/${file}`, import.meta.url), 'utf8');
  return text.split(/^## /m).filter((s) => s.trim() !== '').map((section) => {
    const key = /^(en|sv) \d/.exec(section)?.[0] ?? '';
    const head = /^### Draft — ([a-z-]+) \d+ — (\d{4}-\d{2}-\d{2})/m.exec(section);
    const subject = /^\*\*Subject:\*\* (.*)$/m.exec(section)?.[1] ?? '';
    const body = section.slice(section.indexOf('\n\n', section.indexOf('**Subject:**')) + 2).trim();
    const note = NOTES[key];
    if (!head || !note) throw new Error(`corpus: cannot read ${section.slice(0, 40)}`);
    return {
      key,
      draft: {
        subject, body, language: key.slice(0, 2) as Language, kind: head[1] as Kind, sendOn: head[2] ?? '',
        topic: note.topic, interests: note.interests, greets: note.greets, hook: null,
      },
    };
  });
}

/** Findings with no label (false positives), also reported rather than tuned away. */
const EXTRA: Record<string, string[]> = {
  // The subject "Ang. att ses …": the abbreviation's full stop reads to the checker as a copied one.
  'sv 3': ['punctuation in a slot'],
};

const categories = (d: DraftUnderCheck): string[] => [...new Set(draftDefects(d).map((f) => f.category))].sort();

describe('the draft checker on the labelled corpus', () => {
  it('finds the labelled defects in the drafts from before the rewrite (27 of 28 labels, 1 false positive)', () => {
    let found = 0;
    let labels = 0;
    for (const { key, draft } of corpus('drafts-before-issue-14.md')) {
      const expected = NOTES[key]?.before ?? [];
      const missed = MISSED[key] ?? [];
      const got = categories(draft);
      labels += expected.length;
      found += expected.filter((c) => got.includes(c)).length;
      expect(got, key).toEqual([...expected.filter((c) => !missed.includes(c)), ...(EXTRA[key] ?? [])].sort());
    }
    expect([found, labels]).toEqual([27, 28]);
  });

  it('finds nothing in the same ten notes drafted after it', () => {
    const drafts = corpus('drafts-after-issue-14.md');
    expect(drafts).toHaveLength(10);
    for (const { key, draft } of drafts) expect(categories(draft), key).toEqual([]);
  });
});
