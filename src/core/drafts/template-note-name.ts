/**
 * How user template notes are named in the templates folder: `<context>-<kind>.md`, e.g.
 * `job-follow-up.md`, `generic-ask-to-stop.md`, `investor-check-in.md`; add `.sv` or `.en`
 * before `.md` (`job-follow-up.sv.md`) for a note that only applies to one language.
 */
import type { Kind, Language } from '../types';

export interface TemplateNoteName {
  context: string;
  kind: Kind;
  language: Language | null;
}

const NAME_RE = /^([\p{L}\p{N}_ -]+?)-(follow-up|ask-to-stop|check-in)(?:\.(en|sv))?\.md$/iu;

export function templateNoteName(context: string, kind: Kind, language: Language | null = null): string {
  return `${context.trim().toLowerCase()}-${kind}${language ? `.${language}` : ''}.md`;
}

/** The context, kind and language a file name in the templates folder stands for; null for other files. */
export function parseTemplateNoteName(fileName: string): TemplateNoteName | null {
  const base = fileName.split('/').pop() ?? fileName;
  const m = NAME_RE.exec(base);
  if (!m?.[1] || !m[2]) return null;
  const language = m[3]?.toLowerCase();
  return {
    context: m[1].trim().toLowerCase(),
    kind: m[2].toLowerCase() as Kind,
    language: language === 'en' || language === 'sv' ? language : null,
  };
}
