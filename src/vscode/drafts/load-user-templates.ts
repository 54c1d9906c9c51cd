/**
 * The user's draft templates in VS Code, as the plugin and the CLI load them: notes named like
 * `job-follow-up.md` (or `job-follow-up.sv.md`) directly in the `templatesFolder` of the note's
 * workspace folder, parsed by the core. Read through workspace.fs only (works in a web extension
 * host too). A note or variant that cannot be used is named with what was expected, and the
 * built-in wording fills in for it.
 */
import * as vscode from 'vscode';
import { parseTemplateNoteName, parseUserTemplate, type UserTemplate } from '../../core/drafts';
import { decodeNote } from '../index/read-note';
import { vaultFolder } from '../../core/vault-folder';

export interface LoadedTemplates {
  templates: UserTemplate[];
  /** One line per problem, `path: what is wrong`, for a warning. */
  notices: string[];
}

export async function loadUserTemplates(root: vscode.Uri, templatesFolder: string): Promise<LoadedTemplates> {
  const loaded: LoadedTemplates = { templates: [], notices: [] };
  const dir = vaultFolder(templatesFolder);
  if (dir === '') return loaded;
  let entries: Array<[string, vscode.FileType]>;
  try {
    entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(root, ...dir.split('/')));
  } catch {
    loaded.notices.push(`templates folder "${dir}" was not found (setting \`templatesFolder\`; expected a folder of the workspace)`);
    return loaded;
  }
  const names = entries.filter(([, type]) => (type & vscode.FileType.File) !== 0).map(([name]) => name).sort();
  for (const name of names) {
    const meant = parseTemplateNoteName(name);
    if (meant === null) continue;
    const path = `${dir}/${name}`;
    let text: string | null;
    try {
      text = decodeNote(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, ...dir.split('/'), name)));
    } catch (error) {
      loaded.notices.push(`${path}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    if (text === null) {
      loaded.notices.push(`${path}: is not UTF-8 text (expected a Markdown note)`);
      continue;
    }
    const parsed = parseUserTemplate(text, meant.context, meant.kind, meant.language);
    if (parsed.template) loaded.templates.push(parsed.template);
    for (const p of parsed.problems) if (p.severity === 'error') loaded.notices.push(`${path}: ${p.message}`);
  }
  return loaded;
}

/** The warning for the notices: the whole list, and that the built-in wording was used for them. */
export function templateWarning(notices: readonly string[]): string | null {
  if (notices.length === 0) return null;
  return `Some draft templates were not used, so the built-in wording fills in: ${notices.join('; ')}`;
}
