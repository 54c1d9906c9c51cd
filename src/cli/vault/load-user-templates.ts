/**
 * The user's template notes that could apply to one draft: `<context>-<kind>[.en|.sv].md` in the
 * templates folder (see the drafts module), parsed by the drafts module's own parser. Only the
 * notes for this contact's context and this kind are read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftContextOf, parseTemplateNoteName, parseUserTemplate, templateNoteProblems, type UserTemplate } from '../../core/drafts';
import type { Kind, Problem } from '../../core/types';
import { reason } from './walk-vault';
import { vaultFolder } from '../../core/vault-folder';

export interface LoadedTemplates {
  templates: UserTemplate[];
  /** Problems found in those notes, one line each, for stderr. */
  notices: string[];
}

export function loadUserTemplates(root: string, folder: string, context: string, kind: Kind): LoadedTemplates {
  const loaded: LoadedTemplates = { templates: [], notices: [] };
  const dir = vaultFolder(folder);
  if (dir === '') return loaded;
  let names: string[];
  try {
    names = readdirSync(join(root, dir)).sort();
  } catch (error) {
    loaded.notices.push(`templates folder "${dir}": ${reason(error)}; using the built-in templates`);
    return loaded;
  }
  const own = context.trim().toLowerCase();
  const contexts = new Set([own, draftContextOf(own)]);
  for (const name of names) {
    const meant = parseTemplateNoteName(name);
    if (meant === null || meant.kind !== kind || !contexts.has(meant.context)) continue;
    const path = `${dir}/${name}`;
    let text: string;
    try {
      text = readFileSync(join(root, dir, name), 'utf8');
    } catch (error) {
      loaded.notices.push(`${path}: ${reason(error)}`);
      continue;
    }
    const parsed = parseUserTemplate(text, meant.context, meant.kind, meant.language);
    if (parsed.template) loaded.templates.push(parsed.template);
    for (const p of parsed.problems) loaded.notices.push(`${path}: ${p.message}`);
  }
  return loaded;
}

/** For `check`: the problems of every template note in the folder (unknown placeholders, no subject, …). */
export function templateFolderProblems(root: string, folder: string): Problem[] {
  const dir = vaultFolder(folder);
  if (dir === '') return [];
  let names: string[];
  try {
    names = readdirSync(join(root, dir)).sort();
  } catch (error) {
    return [{ path: dir, key: 'templatesFolder', value: folder, message: `the templates folder cannot be read: ${reason(error)}` }];
  }
  return names
    .filter((name) => parseTemplateNoteName(name) !== null)
    .flatMap((name) => {
      const path = `${dir}/${name}`;
      try {
        return templateNoteProblems(path, readFileSync(join(root, dir, name), 'utf8'));
      } catch (error) {
        return [{ path, key: 'template', value: null, message: reason(error) }];
      }
    });
}
