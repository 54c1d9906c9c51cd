/** `mailto:` with the subject and body percent-encoded; line breaks as CRLF (RFC 6068). */
export function mailtoUrl(email: string, draft: { subject: string; body: string }): string {
  const enc = (s: string): string => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  const to = encodeURIComponent(email).replace(/%40/g, '@');
  return `mailto:${to}?subject=${enc(draft.subject)}&body=${enc(draft.body)}`;
}
