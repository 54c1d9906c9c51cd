import type { TFile } from 'obsidian';
import type { Contact } from '../../core/types';
import type { PluginContext } from '../context';

/** One command: a stable id, a sentence-case name and Obsidian's checkCallback. */
export interface CommandSpec {
  id: string;
  name: string;
  /** When `checking`, only say whether the command applies; otherwise run it. */
  run: (ctx: PluginContext, checking: boolean) => boolean;
}

/** The active Markdown note, if any. */
export function activeNote(ctx: PluginContext): TFile | null {
  const file = ctx.app.workspace.getActiveFile();
  return file && file.extension === 'md' ? file : null;
}

/**
 * For commands on the active contact note. A note with problems still shows the command, so
 * that running it explains what to fix; `applies` filters valid contacts by state.
 */
export function onContactNote(
  ctx: PluginContext,
  checking: boolean,
  run: (file: TFile) => unknown,
  applies: (contact: Contact) => boolean = () => true,
): boolean {
  const file = activeNote(ctx);
  const read = file ? ctx.index.get(file.path) : undefined;
  if (!file || !read || (read.ok && !applies(read.contact))) return false;
  if (!checking) void run(file);
  return true;
}
