/**
 * How a logged reply is kept in the note: a `### Reply — …` (or `### Auto-reply — …`) heading
 * under `## Follow-ups` with the text as a Markdown quote. Every line of the pasted text is kept
 * (quoted, so its own `#` lines or fences cannot become the note's headings); only blank lines at
 * the start and end go. It is written with the drafts' byte-safe block writer.
 */
import type { DraftBlock } from '../drafts/draft-block';
import type { Day } from '../types';
import type { ReplyKind } from './types';

const TITLES: Record<Exclude<ReplyKind, 'unsure'>, string> = {
  stop: 'Reply — {when} — asked to stop',
  'out-of-office': 'Auto-reply — {when} — out of office',
  reply: 'Reply — {when}',
};

export function renderReplyBlock(text: string, kind: Exclude<ReplyKind, 'unsure'>, day: Day, time: string): DraftBlock {
  const heading = `### ${TITLES[kind].replace('{when}', `${day} ${time}`)}`;
  const lines = text.replace(/\r\n?/g, '\n').replace(/^(?:[ \t]*\n)+/u, '').replace(/\s+$/u, '').split('\n');
  const quoted = lines.map((l) => (l.trim() === '' ? '>' : `> ${l}`)).join('\n');
  return { heading, markdown: `${heading}\n${quoted}\n` };
}
