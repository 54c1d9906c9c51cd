/**
 * The Quick Fix a tone finding offers. The core's suggestion is either a kinder rewrite of the
 * sentence ("I know how full inboxes get. Whenever you have a moment, …") or advice in words
 * ("Say the point again in one friendly line…"). A rewrite replaces the clause the phrase starts
 * through the end of its sentence, so the result reads as one text; advice offers no edit (it is
 * in the squiggle's message).
 */
export interface KinderFix {
  title: string;
  /** Offsets into the checked text: the span replaced. */
  from: number;
  to: number;
  replacement: string;
}

/** Suggestions that tell the writer what to do rather than give the words to send. */
const ADVICE = /^(say|leave|drop|use|try|keep|write|skip|cut|remove|one full stop|a single|säg|stryk|skriv|ta bort|använd|låt|en punkt|ett enda)\b/i;
const CLAUSE_START = /[.!?\n,;:]/;
const SENTENCE_END = /[.!?\n]/;

export function kinderFix(text: string, finding: { index: number; phrase: string; suggestion: string }): KinderFix | null {
  const suggestion = finding.suggestion.trim();
  if (suggestion === '' || ADVICE.test(suggestion)) return null;
  let from = finding.index;
  while (from > 0 && !CLAUSE_START.test(text[from - 1] ?? '')) from--;
  while (from < finding.index && /\s/.test(text[from] ?? '')) from++;
  let to = finding.index + finding.phrase.length;
  while (to < text.length && !SENTENCE_END.test(text[to] ?? '')) to++;
  while (to < text.length && /[.!?]/.test(text[to] ?? '')) to++;
  // Mid-sentence (after "Hi Jane,"), the rewrite goes on in lower case — but "I" stays "I".
  const midSentence = from > 0 && /[,;:]/.test(text.slice(0, from).trimEnd().slice(-1));
  const replacement = midSentence && !/^I\b/.test(suggestion) ? suggestion[0]?.toLowerCase() + suggestion.slice(1) : suggestion;
  return { title: `Rewrite kindly: "${replacement}"`, from, to, replacement };
}
