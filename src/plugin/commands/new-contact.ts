/**
 * "New contact": asks for the name, writes the contact template as a new note (in the contacts
 * folder when one is set, else where Obsidian puts new notes) and opens it.
 */
import { normalizePath, Notice, TFile, TFolder } from 'obsidian';
import { contactNameProblem, contactNotePath, newContactText } from '../../core/new-contact';
import type { PluginContext } from '../context';
import { askValue } from '../modals/prompt-modal';
import type { CommandSpec } from './command-spec';

export const newContact: CommandSpec = {
  id: 'new-contact',
  name: 'New contact',
  run: (ctx, checking) => {
    if (!checking) void createContact(ctx);
    return true;
  },
};

/** The folder new contacts go into: the contacts folder, or Obsidian's place for new notes. */
function targetFolder(ctx: PluginContext): string {
  const folder = ctx.settings().contactsFolder;
  if (folder !== '') return normalizePath(folder);
  const parent = ctx.app.fileManager.getNewFileParent(ctx.app.workspace.getActiveFile()?.path ?? '');
  return parent.isRoot() ? '' : parent.path;
}

/** Resolves the new note, or null when cancelled or it could not be written. */
export async function createContact(ctx: PluginContext): Promise<TFile | null> {
  const folder = targetFolder(ctx);
  const vault = ctx.app.vault;
  const name = await askValue(ctx.app, {
    title: 'New contact',
    label: 'Name',
    inputType: 'text',
    initial: '',
    submitText: 'Create',
    validate: (value) => {
      const problem = contactNameProblem(value);
      if (problem !== null) return problem;
      const path = normalizePath(contactNotePath(folder, value));
      return vault.getAbstractFileByPath(path) === null ? null : `"${path}" already exists.`;
    },
  });
  if (name === null) return null;
  const path = normalizePath(contactNotePath(folder, name));
  try {
    if (folder !== '' && !(vault.getAbstractFileByPath(folder) instanceof TFolder)) await vault.createFolder(folder);
    const file = await vault.create(path, newContactText());
    await ctx.app.workspace.getLeaf(false).openFile(file);
    return file;
  } catch (err) {
    new Notice(`Could not create "${path}": ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}
