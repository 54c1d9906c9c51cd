/**
 * Fills a template's placeholders and tidies what is left: a line that only held empty values
 * (a `{{myName}}` sign-off with no name set) goes, with the comma before it, so no blank
 * placeholder or dangling "Best regards," remains; "Hi ," left by a missing name becomes "Hi,".
 */
import { PLACEHOLDERS, type Placeholder, type PlaceholderValues } from './template-types';

/** `{{name}}` or `{{name|fallback}}`, allowing spaces inside the braces. The name is checked against PLACEHOLDERS. */
export const PLACEHOLDER_RE = /\{\{([^{}|]*)(?:\|([^{}]*))?\}\}/g;

export const isPlaceholder = (name: string): name is Placeholder => (PLACEHOLDERS as readonly string[]).includes(name);

/** The names of the placeholders a text uses that do not exist, each once. */
export function unknownPlaceholders(text: string): string[] {
  const names = [...text.matchAll(PLACEHOLDER_RE)].map((m) => (m[1] ?? '').trim());
  return [...new Set(names.filter((n) => !isPlaceholder(n)))];
}

/**
 * One pass, so values that contain `{{…}}` are never expanded again. An empty value takes the
 * placeholder's own fallback, else `defaults` (the topic's "my last email"), else stays empty.
 */
export function fillPlaceholders(text: string, values: PlaceholderValues, defaults: Partial<PlaceholderValues> = {}): string {
  return text.replace(PLACEHOLDER_RE, (whole, raw: string, fallback: string | undefined) => {
    const name = raw.trim();
    if (!isPlaceholder(name)) return whole;
    const value = values[name];
    if (value !== '') return value;
    return fallback !== undefined ? fallback.trim() : (defaults[name] ?? '');
  });
}

/** "Hi ," and "Hej !" (a name that came out empty) lose the space, "launch, ." its comma; runs of spaces collapse. */
export const tidyLine = (line: string): string =>
  line
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/(\S)[ \t]+([,.!?;:])(?=\s|$)/g, '$1$2')
    .replace(/,+([.!?])/g, '$1');

/** A subject starts with a capital ("the Q1 pilot" -> "The Q1 pilot"), unless it starts like "iPhone". */
function capitalise(text: string): string {
  const first = text.charAt(0);
  const second = text.charAt(1);
  if (second !== '' && second !== second.toLowerCase()) return text;
  return first.toUpperCase() + text.slice(1);
}

export function renderSubject(subject: string, values: PlaceholderValues, defaults: Partial<PlaceholderValues> = {}): string {
  return capitalise(tidyLine(fillPlaceholders(subject, values, defaults).replace(/\s+/g, ' ').trim()));
}

/** A short single-line first paragraph ("Hi Jane,") is a greeting; the reminder goes after it. */
function greetingLength(paragraphs: string[]): number {
  const first = paragraphs[0] ?? '';
  return !first.includes('\n') && first.length <= 60 ? 1 : 0;
}

export function renderBody(body: string, values: PlaceholderValues, reintroduce: string | null, defaults: Partial<PlaceholderValues> = {}): string {
  const lines: string[] = [];
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const filled = tidyLine(fillPlaceholders(line, values, defaults)).trimEnd();
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
