/**
 * "Log reply" on a note: ask for the reply (the selection pre-filled), then let the core action
 * decide on the note's text; a stop is confirmed through runAction's confirmation.
 */
import type { TFile } from 'obsidian';
import { logReply as decideLogReply } from '../../core/actions';
import type { PluginContext } from '../context';
import { askReply } from '../modals/log-reply-modal';
import { nowOf, runAction, type Ran } from './run-action';

export async function logReply(ctx: PluginContext, file: TFile, selection = ''): Promise<Ran | null> {
  const answer = await askReply(ctx.app, { name: file.basename, initial: selection, today: nowOf(ctx.now()).day });
  if (answer === null) return null;
  return runAction(ctx, file, decideLogReply, answer);
}
