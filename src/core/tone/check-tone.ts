/**
 * The tone check (article rule 1): blame, counting, demands, passive aggression, impatience,
 * guilt and shouting in a draft or any selected text, in English and Swedish. One pass tokenises
 * the text into sentences; each sentence is read in its own language (a Swedish note may quote an
 * English line); `language` decides sentences that do not tell, and how many `!` are fine.
 * Linear in the text's length, and stops after MAX_TONE_FINDINGS findings.
 */
import type { Language } from '../types';
import { clausesOf, languageOf } from './clause';
import { explainHit, explainShout } from './explain';
import { englishHits } from './rules-en';
import { swedishHits } from './rules-sv';
import { shoutsIn } from './shouting';
import { MARKS, tokenize, UPPER } from './tokenize';
import { familiesOf, wordInfo } from './word-info';
import type { ToneCategory, ToneFinding } from './types';

/** A text with more findings than this needs rewriting, not a longer list. */
export const MAX_TONE_FINDINGS = 50;

interface Candidate {
  start: number;
  end: number;
  category: ToneCategory;
  why: string;
  suggestion: string;
  shout: boolean;
}

const SHOUT_NOTE: Record<Language, string> = {
  en: ' Written in capitals, it also reads as a raised voice.',
  sv: ' Skrivet i versaler läses det dessutom som en höjd röst.',
};

/**
 * Sorted by position; a finding inside an earlier, longer one is dropped. A rule's finding wins
 * over shouting on the same words (its suggestion is in normal case), and takes the shouting note.
 */
function merge(candidates: Candidate[], language: Language): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || Number(a.shout) - Number(b.shout));
  const kept: Candidate[] = [];
  let reach = -1;
  for (const c of candidates) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end && last.shout !== c.shout) {
      const rule = last.shout ? c : last;
      const shout = last.shout ? last : c;
      kept[kept.length - 1] = { ...rule, start: Math.min(rule.start, shout.start), end: Math.max(rule.end, shout.end), why: rule.why + SHOUT_NOTE[language] };
      reach = Math.max(reach, shout.end, rule.end);
      continue;
    }
    if (c.end <= reach) continue;
    kept.push(c);
    reach = c.end;
  }
  return kept;
}

const NONE: Candidate[] = [];

export function checkTone(text: string, language: Language): ToneFinding[] {
  const findings: ToneFinding[] = [];
  const bangs = { n: 0 };
  for (const sentence of tokenize(text, wordInfo)) {
    const lang = languageOf(sentence, language);
    // Most sentences find nothing: their list is the shared empty one until a rule fires.
    let candidates: Candidate[] = NONE;
    // A sentence where no rule family can start needs no clauses.
    const clauses = familiesOf(sentence.unquotedInfo, lang) === 0 ? [] : clausesOf(sentence, lang);
    for (const clause of clauses) {
      // No word of the clause can start a family: no rule would run.
      if (clause.families === 0) continue;
      const n = clause.at.length;
      for (const h of lang === 'sv' ? swedishHits(clause, text) : englishHits(clause, text)) {
        if (!(h.from >= 0 && h.from < n && h.to >= 0 && h.to < n)) continue;
        const start = sentence.start[clause.at[h.from] as number] as number;
        const end = sentence.end[clause.at[h.to] as number] as number;
        const { why, suggestion } = explainHit(h, text.slice(start, end).replace(/\s+/g, ' '), lang);
        if (candidates === NONE) candidates = [];
        candidates.push({ start, end, category: h.category, why, suggestion, shout: false });
      }
    }
    // Shouting needs a word in capitals or a ! or ? outside quotes.
    const shouts = sentence.unquotedFlags & (UPPER | MARKS) ? shoutsIn(sentence, text, lang, bangs) : [];
    for (const s of shouts) {
      const { why, suggestion } = explainShout(s, text.slice(s.start, s.end), lang);
      const category = s.kind === 'marks' && !/[!！]/.test(text.slice(s.start, s.end)) ? 'impatience' : 'shouting';
      if (candidates === NONE) candidates = [];
      candidates.push({ start: s.start, end: s.end, category, why, suggestion, shout: true });
    }
    if (candidates.length === 0) continue;
    for (const c of merge(candidates, lang)) {
      findings.push({ phrase: text.slice(c.start, c.end), index: c.start, category: c.category, language: lang, why: c.why, suggestion: c.suggestion });
      if (findings.length >= MAX_TONE_FINDINGS) return findings;
    }
  }
  return findings;
}
