import type { TFile } from 'obsidian';
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
 * For commands on the active contact note: listed on every note the index knows as a contact,
 * whatever its state or problems. Whether the action may run is the core's decision, taken on
 * the note's text when it runs, and its Notice says why not.
 */
export function onContactNote(ctx: PluginContext, checking: boolean, run: (file: TFile) => unknown): boolean {
  const file = activeNote(ctx);
  if (!file || ctx.index.get(file.path) === undefined) return false;
  if (!checking) void run(file);
  return true;
}
