import type { TFile } from 'obsidian';
import type { PluginContext } from '../context';

/** A draft block as it stands in the note now, after any edits the user made to it. */
export interface NoteDraft {
  heading: string;
  subject: string;
  body: string;
}

const DRAFT_HEADING = /^### Draft — /;
const ANY_HEADING = /^#{1,6}\s/;
const SUBJECT = /^\*\*Subject:\*\*\s?(.*)$/;

/** The last `### Draft — …` block of a note, up to the next heading; null when there is none. */
export function latestDraft(noteText: string): NoteDraft | null {
  const lines = noteText.split(/\r?\n/);
  let start = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (DRAFT_HEADING.test(lines[i] ?? '')) {
      start = i;
      break;
    }
  }
  if (start === -1) return null;
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    if (ANY_HEADING.test(lines[i] ?? '')) {
      end = i;
      break;
    }
  }
  const block = lines.slice(start + 1, end);
  const subjectAt = block.findIndex((l) => SUBJECT.test(l));
  const subject = subjectAt === -1 ? '' : (SUBJECT.exec(block[subjectAt] ?? '')?.[1] ?? '').trim();
  const bodyLines = subjectAt === -1 ? block : block.slice(subjectAt + 1);
  return { heading: lines[start] ?? '', subject, body: bodyLines.join('\n').trim() };
}

/** The latest draft in a note, read from the vault. */
export async function readLatestDraft(ctx: PluginContext, file: TFile): Promise<NoteDraft | null> {
  return latestDraft(await ctx.app.vault.cachedRead(file));
}

/** `mailto:` with the subject and body percent-encoded; line breaks as CRLF (RFC 6068). */
export function mailtoUrl(email: string, draft: Pick<NoteDraft, 'subject' | 'body'>): string {
  const enc = (s: string): string => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  const to = encodeURIComponent(email).replace(/%40/g, '@');
  return `mailto:${to}?subject=${enc(draft.subject)}&body=${enc(draft.body)}`;
}
