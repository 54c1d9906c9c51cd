/** The row buttons wired to the plugin's note-editing actions (src/plugin/actions), by path. */
import type { TFile } from 'obsidian';
import { markReplied } from '../../core/actions';
import { appendDraft, gone, logSent, pickSnoozeDate, runAction, snoozeUntil } from '../actions';
import { logReply } from '../actions/log-reply';
import type { PluginContext } from '../context';
import type { RowActions } from './row-actions';

export function pluginRowActions(ctx: PluginContext): RowActions {
  const { vault, workspace } = ctx.app;
  /** Runs `fn` on the note; one Notice when it is gone (renamed or deleted since the redraw). */
  const withFile = async (path: string, fn: (file: TFile) => unknown): Promise<void> => {
    const file = vault.getFileByPath(path);
    if (file) await fn(file);
    else gone(path);
  };
  return {
    open: (path) => workspace.openLinkText(path, '', false),
    draft: (path) => withFile(path, (file) => appendDraft(ctx, file, { open: true })),
    logSent: (path) => withFile(path, (file) => logSent(ctx, file)),
    replied: (path) => withFile(path, (file) => runAction(ctx, file, markReplied, {})),
    logReply: (path) => withFile(path, (file) => logReply(ctx, file)),
    snooze: (path, until) => withFile(path, (file) => snoozeUntil(ctx, file, until)),
    pickSnoozeDate: (path) => void withFile(path, (file) => pickSnoozeDate(ctx, file)),
  };
}
