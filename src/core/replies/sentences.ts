/**
 * A reply cut into sentences, each with its offset in the text: a break at a line break, or after
 * `.`, `!`, `?` or `…` when the next word starts with a capital or a sign. A lower-case word or a
 * digit after the stop keeps the sentence going ("Dec. 2nd", "t.o.m. 4/1", "kl. 15").
 */
export interface Sentence {
  text: string;
  at: number;
}

const END = new Set(['.', '!', '?', '…']);

function isBreakAfterStop(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  if (j === i) return false;
  const next = text[j];
  if (next === undefined) return true;
  return !/[\p{Ll}\p{N}]/u.test(next);
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (to: number): void => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body !== '') out.push({ text: body, at: from + lead });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '\n' || c === '\r') {
      push(i);
      from = i + 1;
    } else if (END.has(c) && !END.has(text[i + 1] ?? '') && isBreakAfterStop(text, i + 1)) {
      push(i + 1);
      from = i + 1;
    }
  }
  push(text.length);
  return out;
}
