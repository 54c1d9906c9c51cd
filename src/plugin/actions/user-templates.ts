import { Notice, TFile } from 'obsidian';
import { parseTemplateNoteName, parseUserTemplate, type UserTemplate } from '../../core/drafts';
import type { PluginContext } from '../context';

/**
 * The user's draft templates: notes named like `job-follow-up.md` directly in the templates
 * folder (not its subfolders). Variants that cannot be used are listed in a Notice; the
 * built-in wording fills in for them.
 */
export async function loadUserTemplates(ctx: PluginContext): Promise<UserTemplate[]> {
  const path = ctx.settings().templatesFolder;
  if (path === '') return [];
  const folder = ctx.app.vault.getFolderByPath(path);
  if (!folder) {
    new Notice(`Templates folder "${path}" was not found: using the built-in drafts.`);
    return [];
  }
  const templates: UserTemplate[] = [];
  const errors: string[] = [];
  for (const child of folder.children) {
    const name = child instanceof TFile ? parseTemplateNoteName(child.name) : null;
    if (!name || !(child instanceof TFile)) continue;
    const parsed = parseUserTemplate(await ctx.app.vault.cachedRead(child), name.context, name.kind, name.language);
    if (parsed.template) templates.push(parsed.template);
    for (const p of parsed.problems) if (p.severity === 'error') errors.push(`${child.name}: ${p.message}`);
  }
  if (errors.length > 0) new Notice(`Some draft templates were skipped:\n${errors.join('\n')}`);
  return templates;
}
