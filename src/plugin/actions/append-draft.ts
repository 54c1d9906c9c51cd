import type { TFile } from 'obsidian';
import { appendDraft as decideAppendDraft } from '../../core/actions';
import type { PluginContext } from '../context';
import { runAction } from './run-action';
import { loadUserTemplates } from './user-templates';

/**
 * Appends the due draft (the core decides which, on the note's text) and, when asked, opens
 * the note at its heading. Resolves true when the note has the draft.
 */
export async function appendDraft(ctx: PluginContext, file: TFile, opts: { open: boolean }): Promise<boolean> {
  const userTemplates = await loadUserTemplates(ctx);
  const ran = await runAction(ctx, file, decideAppendDraft, {}, { userTemplates });
  const done = ran.outcome === 'written' || ran.outcome === 'unchanged';
  if (done && opts.open) await openAtLine(ctx, file, ran.text ?? '', ran.reveal);
  return done;
}

/**
 * Opens the note (or keeps it open) scrolled to the line the action named, if any.
 * NOTE for core helper: `reveal` comes only with a changed Write; with it on the "already in
 * the note" Write too, that case would also open at the draft.
 */
async function openAtLine(ctx: PluginContext, file: TFile, text: string, reveal: string | undefined): Promise<void> {
  const line = reveal === undefined ? -1 : text.split(/\r\n|\n|\r/).findIndex((l) => l.trimEnd() === reveal);
  await ctx.app.workspace.getLeaf(false).openFile(file, line === -1 ? {} : { eState: { line } });
}
