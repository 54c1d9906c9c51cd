/**
 * What `check` reports about what drafts are made of: a contact's ready-made hooks and the
 * user's template notes. A hook or template variant with an unknown placeholder is left out of
 * drafts (never sent as `{{nmae}}`), so the user must hear about it before a draft is missing it.
 */
import type { Contact, Problem } from '../types';
import { hookProblems } from './hooks';
import { parseTemplateNoteName } from './template-note-name';
import { parseUserTemplate } from './user-templates';

export function contactDraftProblems(contact: Contact): Problem[] {
  return hookProblems(contact);
}

/** Problems of one note in the templates folder (`path` vault-relative); none for notes that are not templates. */
export function templateNoteProblems(path: string, text: string): Problem[] {
  const meant = parseTemplateNoteName(path);
  if (meant === null) return [];
  return parseUserTemplate(text, meant.context, meant.kind, meant.language)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => ({
      path,
      key: p.variant === null ? 'template' : `variant ${p.variant}`,
      value: p.placeholder === null ? null : `{{${p.placeholder}}}`,
      message: p.message,
    }));
}
