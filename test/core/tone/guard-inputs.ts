/**
 * The texts the "same findings" guard checks: every corpus sentence (read with its own language
 * and with the other one as the fallback), and seeded long texts that mix polite and pushy corpus
 * lines of both languages with the shapes the tokenizer treats specially: quotes of every kind,
 * `>` lines, list and heading lines, hard wraps, blank lines, CRLF, curly apostrophes, capitals,
 * runs of `!`/`?`, abbreviations, emoji and non-Latin words.
 */
import type { Language } from '../../../src/core/types';
import { seededRandom } from '../../seeded-random';
import { readCorpus, type CorpusLine } from './corpus';

export interface GuardInput {
  name: string;
  text: string;
  language: Language;
}

const other = (l: Language): Language => (l === 'en' ? 'sv' : 'en');

/** One corpus line, sometimes dressed up the way real notes and emails look. */
function dress(line: CorpusLine, rnd: () => number): string {
  let s = line.sentence;
  const r = rnd();
  if (r < 0.08) s = `"${s}"`;
  else if (r < 0.12) s = `“${s}”`;
  else if (r < 0.15) s = `«${s}»`;
  else if (r < 0.18) s = `”${s}”`;
  else if (r < 0.26) s = s.toUpperCase();
  else if (r < 0.3) s = s.replace(/[.?]$/, '!!');
  else if (r < 0.34) s = s.replace(/[.!]$/, '??');
  else if (r < 0.38) s = s.replace(/'/g, '’');
  else if (r < 0.41) s = `${s} Se t.ex. bilagan, e.g. the draft etc. 🙂 Привет.`;
  else if (r < 0.44) s = s.replace(/ /g, (m) => (rnd() < 0.15 ? '\n' : m));
  else if (r < 0.47) s = `${s} Dr. Smith said “no rush” at 10.30 on 2026-12-02!`;
  return s;
}

/** How a sentence is joined to the text before it. */
function joiner(rnd: () => number): string {
  const r = rnd();
  if (r < 0.55) return ' ';
  if (r < 0.7) return '\n\n';
  if (r < 0.76) return '\n> ';
  if (r < 0.8) return '\n- ';
  if (r < 0.83) return '\n1. ';
  if (r < 0.86) return '\n# ';
  if (r < 0.89) return '\r\n\r\n';
  if (r < 0.92) return '\n';
  if (r < 0.95) return '  \n  \n';
  return ' | ';
}

/** A text of about `chars` characters; `pushyShare` of its sentences are pushy, `dressShare` dressed up. */
function generate(lines: readonly CorpusLine[], seed: number, chars: number, pushyShare: number, dressShare = 1): string {
  const rnd = seededRandom(seed);
  const pushy = lines.filter((l) => l.pushy);
  const polite = lines.filter((l) => !l.pushy);
  const pick = (from: readonly CorpusLine[]): CorpusLine => from[Math.floor(rnd() * from.length)] as CorpusLine;
  let text = rnd() < 0.2 ? '> ' : '';
  while (text.length < chars) {
    const line = pick(rnd() < pushyShare ? pushy : polite);
    text += (rnd() < dressShare ? dress(line, rnd) : line.sentence) + joiner(rnd);
  }
  return text;
}

export function guardInputs(): GuardInput[] {
  const lines = [...readCorpus('corpus'), ...readCorpus('held-out')];
  const inputs: GuardInput[] = [];
  for (const l of lines) {
    for (const language of [l.language, other(l.language)]) inputs.push({ name: `sentence ${l.line} ${l.language}/${language}`, text: l.sentence, language });
  }
  // Short mixed texts: each under the findings cap, so every finding is compared.
  for (let seed = 1; seed <= 60; seed++) {
    inputs.push({ name: `mixed ${seed}`, text: generate(lines, seed, 400 + (seed % 7) * 300, 0.3), language: seed % 2 ? 'en' : 'sv' });
  }
  // Long texts, mostly polite (findings spread over the whole text), and one dense one that stops at the cap.
  for (const [seed, chars, share, dressed] of [[101, 60_000, 0.004, 0.04], [102, 120_000, 0.002, 0.02], [103, 30_000, 0.01, 0.1], [104, 20_000, 0.5, 1]] as const) {
    inputs.push({ name: `long ${seed}`, text: generate(lines, seed, chars, share, dressed), language: seed % 2 ? 'en' : 'sv' });
  }
  return inputs;
}

/** FNV-1a over the text's UTF-16 units: says when an input changed (the corpus was edited). */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${text.length}:${h.toString(16)}`;
}
