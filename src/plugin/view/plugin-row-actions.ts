/** The row buttons wired to the plugin's note-editing actions (src/plugin/actions). */
import { appendDraft, logSent, pickSnoozeDate, setFollowupState, snoozeUntil } from '../actions';
import type { TFile } from 'obsidian';
import type { PluginContext } from '../context';
import type { RowActions } from './row-actions';

export function pluginRowActions(ctx: PluginContext): RowActions {
  const { vault, workspace } = ctx.app;
  /** Runs `fn` on the note if it still exists (it may have been renamed since the redraw). */
  const withFile = async (path: string, fn: (file: TFile) => Promise<unknown>): Promise<void> => {
    const file = vault.getFileByPath(path);
    if (file) await fn(file);
  };
  return {
    open: (path) => workspace.openLinkText(path, '', false),
    draft: (path) => withFile(path, (file) => appendDraft(ctx, file, { open: true })),
    logSent: (path) => withFile(path, (file) => logSent(ctx, file)),
    replied: (path) => withFile(path, (file) => setFollowupState(ctx, file, 'replied')),
    snooze: (path, until) => withFile(path, (file) => snoozeUntil(ctx, file, until)),
    pickSnoozeDate: (path) => {
      const file = vault.getFileByPath(path);
      if (file) pickSnoozeDate(ctx, file);
    },
  };
}
