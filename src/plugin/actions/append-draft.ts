import type { TFile } from 'obsidian';
import type { PluginContext } from '../context';
import { refuse } from './refuse';

/**
 * Renders the core draft for the next follow-up into the note. Interim: the core drafts module
 * is still being written, so this says so instead of writing.
 */
export async function appendDraft(_ctx: PluginContext, file: TFile, _opts: { open: boolean }): Promise<boolean> {
  await Promise.resolve();
  return refuse(`No draft for "${file.basename}" yet: drafts arrive in the next update.`);
}
