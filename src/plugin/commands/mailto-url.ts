import type { NoteDraft } from '../../core/drafts';

/** `mailto:` with the subject and body percent-encoded; line breaks as CRLF (RFC 6068). */
export function mailtoUrl(email: string, draft: Pick<NoteDraft, 'subject' | 'body'>): string {
  const enc = (s: string): string => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  const to = encodeURIComponent(email).replace(/%40/g, '@');
  return `mailto:${to}?subject=${enc(draft.subject)}&body=${enc(draft.body)}`;
}
