/**
 * Parses a note from the templates folder into variants. Format (see docs/drafts.md): the
 * note's own frontmatter is skipped; variants are separated by a line `---`; each starts with
 * `Subject: …` (or `**Subject:** …`, or Swedish `Ämne: …`). A variant with an unknown
 * placeholder is left out and reported, so a typo never reaches a recipient as `{{nmae}}`.
 */
import type { Kind, Language } from '../types';
import { checkTone } from '../tone';
import { unknownPlaceholders } from './render-template';
import { PLACEHOLDERS, type TemplateVariant, type UserTemplate } from './template-types';

export interface TemplateProblem {
  /** 1-based variant number in the note; null for the note as a whole. */
  variant: number | null;
  /** The unknown placeholder's name, when that is the problem. */
  placeholder: string | null;
  /** `error`: the variant is not used. `warning`: it is used, but check it. */
  severity: 'error' | 'warning';
  message: string;
}

export interface ParsedUserTemplate {
  /** Null when no variant is usable; built-ins are used then. */
  template: UserTemplate | null;
  problems: TemplateProblem[];
}

const SUBJECT_RE = /^\s*(?:\*\*)?(?:subject|ämne)\s*(?::\s*\*\*|\*\*\s*:|:)\s*(.*)$/iu;

/** The note without its frontmatter, as lines. */
function contentLines(noteText: string): string[] {
  const lines = noteText.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (close > 0) return lines.slice(close + 1);
  }
  return lines;
}

function chunks(lines: string[]): string[][] {
  const out: string[][] = [[]];
  for (const line of lines) {
    if (line.trim() === '---') out.push([]);
    else out[out.length - 1]?.push(line);
  }
  return out.filter((c) => c.some((l) => l.trim() !== ''));
}

export function didYouMean(name: string): string {
  const near = PLACEHOLDERS.find((p) => p.toLowerCase() === name.replace(/[\s_-]/g, '').toLowerCase());
  return near ? ` Did you mean {{${near}}}?` : ` Known: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}.`;
}

function parseVariant(lines: string[], n: number, problems: TemplateProblem[]): TemplateVariant | null {
  const start = lines.findIndex((l) => l.trim() !== '');
  const subject = SUBJECT_RE.exec(lines[start] ?? '')?.[1]?.replace(/\*\*$/, '').trim() ?? '';
  const err = (message: string, placeholder: string | null = null): null => {
    problems.push({ variant: n, placeholder, severity: 'error', message });
    return null;
  };
  if (subject === '') return err(`Variant ${n} does not start with a "Subject: …" line.`);
  const body = lines.slice(start + 1).join('\n').replace(/^\s*\n|\s+$/g, '');
  if (body.trim() === '') return err(`Variant ${n} has a subject but no text.`);
  const unknown = unknownPlaceholders(`${subject}\n${body}`);
  for (const name of unknown) err(`Variant ${n} uses an unknown placeholder {{${name}}}.${didYouMean(name)}`, name);
  return unknown.length > 0 ? null : { subject, body };
}

export function parseUserTemplate(noteText: string, context: string, kind: Kind, language: Language | null = null): ParsedUserTemplate {
  const problems: TemplateProblem[] = [];
  const variants: TemplateVariant[] = [];
  chunks(contentLines(noteText)).forEach((lines, i) => {
    const variant = parseVariant(lines, i + 1, problems);
    if (!variant) return;
    variants.push(variant);
    for (const f of checkTone(`${variant.subject}\n${variant.body}`, language ?? 'en')) {
      problems.push({ variant: i + 1, placeholder: null, severity: 'warning', message: `Variant ${i + 1}: "${f.phrase}". ${f.why}` });
    }
  });
  const warn = (message: string): void => void problems.push({ variant: null, placeholder: null, severity: 'warning', message });
  if (variants.length === 1) warn('Only one variant: consecutive drafts will use the same wording (rule 5). Add another after a "---" line.');
  if (variants.length > 0 && !variants.some((v) => /\{\{\s*hook\s*\}\}/.test(v.body))) {
    warn('No variant uses {{hook}}: drafts from this note carry no personal touch (rule 4).');
  }
  if (variants.length === 0) {
    problems.push({ variant: null, placeholder: null, severity: 'error', message: 'No usable variant: the built-in templates are used instead.' });
  }
  const template = variants.length > 0 ? { context: context.trim().toLowerCase(), kind, language, variants } : null;
  return { template, problems };
}
