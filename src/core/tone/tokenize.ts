/**
 * One linear pass from text to sentences of tokens, keeping each token's offsets in the original
 * text. Quoted text (inside "…", “…”, ”…”, «…», or on a `>` line) is marked, so rules can skip
 * it. A sentence ends at . ! ? followed by a space, at a blank line and at a Markdown block line.
 */

import { toneSteps } from './match';

export type TokenKind = 'word' | 'end' | 'break' | 'quote' | 'other';

export interface Token {
  /** Lower case, straight apostrophes and hyphens: what rules compare. */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** A word of two or more letters, all capitals. */
  upper: boolean;
  quoted: boolean;
}

export interface Sentence {
  tokens: Token[];
}

// Words may hold ' - : . between letters or digits ("haven't", "follow-up", "API:et", "t.ex").
const TOKEN_RE =
  /([\p{L}\p{N}]+(?:['’‘ʼ\-‐‑:.][\p{L}\p{N}]+)*)|(\n[ \t]*(?=\n|[>\-*+#|]|\d+[.)]\s))|(\n)|([.!?¡！？…]+)|([,;:()[\]–—])|(["“”„«»])|(\S)/gu;

/** A period after these is not a sentence end. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 't.ex', 'bl.a', 'd.v.s', 'dvs', 'osv', 'etc', 'mr', 'mrs', 'ms', 'dr', 'ca', 'kl', 'nr', 'jr', 'vs', 'resp']);
const CLOSING_OF: Record<string, string> = { '“': '”', '«': '»', '„': '“' };

const FANCY = /[’‘ʼ‐‑]/;

function fold(word: string): string {
  const lower = word.toLowerCase();
  return FANCY.test(lower) ? lower.replace(/[’‘ʼ]/g, "'").replace(/[‐‑]/g, '-') : lower;
}

function isUpperWord(word: string): boolean {
  if (word !== word.toUpperCase() || word === word.toLowerCase()) return false;
  let letters = 0;
  for (const ch of word) if (ch.toLowerCase() !== ch) letters++;
  return letters >= 2;
}

/** Sentences one at a time, so a caller that has seen enough stops reading a huge text. */
export function* tokenize(text: string): Generator<Sentence> {
  let tokens: Token[] = [];
  let done: Sentence | null = null;
  let quoteClose: string | null = null;
  let quoteLine = /^[ \t]*>/.test(text.slice(0, 64));
  const endSentence = (): void => {
    if (tokens.length > 0) done = { tokens };
    tokens = [];
  };
  for (const m of text.matchAll(TOKEN_RE)) {
    if (done) {
      yield done;
      done = null;
    }
    toneSteps.count++;
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const quoted = quoteLine || quoteClose !== null;
    if (m[1] !== undefined) {
      tokens.push({ norm: fold(raw), start, end, kind: 'word', upper: isUpperWord(raw), quoted });
    } else if (m[2] !== undefined) {
      // A blank line or a block line (quote, list item, heading, table): a new paragraph.
      endSentence();
      quoteClose = null;
      quoteLine = text.charAt(end) === '>';
    } else if (m[3] !== undefined) {
      // A single newline is a space (hard-wrapped text), but a quoted line ends with it.
      if (quoteLine) {
        endSentence();
        quoteLine = false;
      }
    } else if (m[4] !== undefined) {
      const prev = tokens[tokens.length - 1];
      const next = text.charAt(end);
      const abbreviation = raw === '.' && prev?.kind === 'word' && prev.end === start && ABBREVIATIONS.has(prev.norm);
      tokens.push({ norm: raw, start, end, kind: abbreviation ? 'other' : 'end', upper: false, quoted });
      if (!abbreviation && !quoted && (next === '' || /\s/u.test(next))) endSentence();
    } else if (m[5] !== undefined) {
      tokens.push({ norm: raw, start, end, kind: 'break', upper: false, quoted });
    } else if (m[6] !== undefined) {
      if (quoteClose === null) quoteClose = CLOSING_OF[raw] ?? raw;
      else if (raw === quoteClose || raw === '"' || raw === '”' || raw === '»') {
        quoteClose = null;
        // A closing quote after . ! ? ends the sentence the quote ended.
        const prev = tokens[tokens.length - 1];
        tokens.push({ norm: '"', start, end, kind: 'quote', upper: false, quoted: true });
        const next = text.charAt(end);
        if (prev?.kind === 'end' && (next === '' || /\s/u.test(next))) endSentence();
        continue;
      }
      tokens.push({ norm: '"', start, end, kind: 'quote', upper: false, quoted: true });
    } else {
      tokens.push({ norm: raw, start, end, kind: 'other', upper: false, quoted });
    }
  }
  if (done) yield done;
  done = null;
  endSentence();
  if (done) yield done;
}
