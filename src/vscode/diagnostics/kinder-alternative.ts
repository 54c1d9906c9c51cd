/**
 * The replacement a tone finding's suggestion offers, for the Quick Fix. The core's suggestions
 * are advice in words ('Leave it out, or try: "…"'); the quoted alternative is what we put in,
 * and "leave it out" means deleting the phrase. Null when the advice offers no concrete text.
 */
export interface KinderFix {
  title: string;
  replacement: string;
}

const QUOTED = /"([^"]+)"/;

export function kinderAlternatives(suggestion: string): KinderFix[] {
  const fixes: KinderFix[] = [];
  const quoted = QUOTED.exec(suggestion)?.[1];
  if (quoted !== undefined && /\b(try|e\.g\.|instead)\b/i.test(suggestion) && !/without "/.test(suggestion)) {
    fixes.push({ title: `Replace with "${quoted}"`, replacement: quoted });
  }
  if (/^leave (it|the \w+) out/i.test(suggestion.trim())) fixes.push({ title: 'Leave it out', replacement: '' });
  return fixes;
}
