/**
 * The part of a pasted reply the person wrote themselves: everything before the quoted earlier
 * mail ("On … wrote:", "Den … skrev:", an Outlook header block, "-----Original Message-----")
 * and before the signature ("-- ", "Sent from my iPhone"), with `>` quoted lines dropped.
 * Our own words quoted back ("let me know and I will stop emailing") must never read as theirs.
 */

/** A line that starts the quoted earlier mail or the signature: nothing after it is theirs. */
const CUT_LINE: readonly RegExp[] = [
  /^\s*-{2,}\s*$/u, // "-- " signature delimiter (and bare "--")
  /^\s*-{3,}\s*(original message|ursprungligt meddelande|forwarded message|vidarebefordrat meddelande)/iu,
  /^\s*(from|från)\s*:.*@/iu, // Outlook header block
  /^\s*(sent from my|skickat från min|get outlook for|hämta outlook för)\b/iu,
];

/** "On Mon, 16 Nov 2026 at 09:12, Alex <a@x> wrote:" — possibly wrapped over two lines. */
const WROTE_EN = /^\s*on\s.{0,200}\swrote\s*:\s*$/iu;
const WROTE_SV = /^\s*den\s.{0,200}\sskrev\s*:\s*$/iu;
const WROTE_START = /^\s*(on|den)\s/iu;
const WROTE_END = /(wrote|skrev)\s*:\s*$/iu;

function isWroteLine(line: string, next: string | undefined): boolean {
  if (WROTE_EN.test(line) || WROTE_SV.test(line)) return true;
  return WROTE_START.test(line) && next !== undefined && WROTE_END.test(next) && line.length + next.length < 300;
}

export function ownText(reply: string): string {
  const lines = reply.split(/\r\n|\r|\n/u);
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (CUT_LINE.some((re) => re.test(line)) || isWroteLine(line, lines[i + 1])) break;
    if (/^\s*>/u.test(line)) continue;
    kept.push(line);
  }
  return kept.join('\n').trim();
}
