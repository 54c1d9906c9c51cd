/**
 * Fills a template's placeholders and tidies what is left: a line that only held empty values
 * (a `{{myName}}` sign-off with no name set) goes, with the comma before it, so no blank
 * placeholder or dangling "Best regards," remains.
 */
import { PLACEHOLDERS, type Placeholder, type PlaceholderValues } from './template-types';

/** `{{name}}`, allowing spaces inside the braces. The name is checked against PLACEHOLDERS. */
export const PLACEHOLDER_RE = /\{\{\s*([^{}]*?)\s*\}\}/g;

const isPlaceholder = (name: string): name is Placeholder => (PLACEHOLDERS as readonly string[]).includes(name);

/** One pass, so values that contain `{{…}}` (a user's hook, say) are never expanded again. */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER_RE, (whole, name: string) => (isPlaceholder(name) ? values[name] : whole));
}

export function renderSubject(subject: string, values: PlaceholderValues): string {
  return fillPlaceholders(subject, values).replace(/\s+/g, ' ').trim();
}

/** A short single-line first paragraph ("Hi Jane,") is a greeting; the reminder goes after it. */
function greetingLength(paragraphs: string[]): number {
  const first = paragraphs[0] ?? '';
  return !first.includes('\n') && first.length <= 60 ? 1 : 0;
}

export function renderBody(body: string, values: PlaceholderValues, reintroduce: string | null): string {
  const lines: string[] = [];
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const filled = fillPlaceholders(line, values).trimEnd();
    if (filled.trim() === '' && line.trim() !== '') continue;
    lines.push(filled);
  }
  const paragraphs = lines
    .join('\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '');
  const lastIndex = paragraphs.length - 1;
  const last = paragraphs[lastIndex];
  // The sign-off lost its name: "Best regards," reads better as "Best regards".
  if (last !== undefined && last.endsWith(',') && !body.trimEnd().endsWith(',')) {
    paragraphs[lastIndex] = last.slice(0, -1);
  }
  if (reintroduce !== null) paragraphs.splice(greetingLength(paragraphs), 0, reintroduce);
  return paragraphs.join('\n\n');
}
