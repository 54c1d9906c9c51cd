/**
 * The tone check (article rule 1): finds blame, pressure, guilt and shouting in a draft or any
 * selected text. Both phrase lists always run, whatever the language: a Swedish note may quote
 * an English line, and the lists do not collide. `language` only sets how many `!` are fine.
 */
import type { Language } from '../types';
import { normalizeText } from './normalize-text';
import { RULES_EN } from './rules-en';
import { RULES_SV } from './rules-sv';
import { checkShouting } from './shouting';
import type { PhraseRule, ToneFinding } from './types';

// Letters or digits around a phrase mean it is part of a longer word. A capture group stands in
// for a lookbehind, which older iOS (Obsidian mobile) does not support.
const wrap = (source: string): RegExp => new RegExp(`(^|[^\\p{L}\\p{N}])(${source})(?![\\p{L}\\p{N}])`, 'gu');

const COMPILED: ReadonlyArray<{ rule: PhraseRule; re: RegExp }> = [...RULES_EN, ...RULES_SV].map((rule) => ({
  rule,
  re: wrap(rule.pattern),
}));

/** True when `before` ends with `word` and `word` starts a word there ("not ", but not "knot "). */
function endsWithWord(before: string, word: string): boolean {
  if (!before.endsWith(word)) return false;
  const prev = before.charAt(before.length - word.length - 1);
  return prev === '' || !/[\p{L}\p{N}]/u.test(prev);
}

function phraseFindings(text: string): ToneFinding[] {
  const norm = normalizeText(text);
  const findings: ToneFinding[] = [];
  for (const { rule, re } of COMPILED) {
    for (const m of norm.text.matchAll(re)) {
      const phrase = m[2] ?? '';
      const at = m.index + (m[1] ?? '').length;
      if (phrase.length === 0) continue;
      if (rule.notAfter?.some((w) => endsWithWord(norm.text.slice(0, at), w))) continue;
      const from = norm.start[at];
      const to = norm.end[at + phrase.length - 1];
      if (from === undefined || to === undefined) continue;
      findings.push({ phrase: text.slice(from, to), index: from, why: rule.why, suggestion: rule.suggestion });
    }
  }
  return findings;
}

const endOf = (f: ToneFinding): number => f.index + f.phrase.length;

/** Sorted by position; a finding inside an earlier, longer one (e.g. "URGENT" as both pressure and capitals) is dropped. */
function dedupe(findings: ToneFinding[]): ToneFinding[] {
  const sorted = [...findings].sort((a, b) => a.index - b.index || b.phrase.length - a.phrase.length);
  const kept: ToneFinding[] = [];
  for (const f of sorted) {
    if (kept.some((k) => k.index <= f.index && endOf(f) <= endOf(k))) continue;
    kept.push(f);
  }
  return kept;
}

export function checkTone(text: string, language: Language): ToneFinding[] {
  // Phrase rules come first so that, on equal ranges, their more specific reason wins.
  return dedupe([...phraseFindings(text), ...checkShouting(text, language)]);
}
