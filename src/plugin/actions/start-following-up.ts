import type { TFile } from 'obsidian';
import { startFollowingUp as decideStart } from '../../core/actions';
import type { PluginContext } from '../context';
import { askStartDetails } from '../modals/start-form-modal';
import { runAction } from './run-action';

/**
 * Asks what the first message was about, then makes the note a contact (the core decides, on
 * the note's text, and refuses a note that already is one). Resolves true when it became one.
 */
export async function startFollowingUp(ctx: PluginContext, file: TFile): Promise<boolean> {
  const answers = await askStartDetails(ctx.app, file.basename);
  if (answers === null) return false;
  return (await runAction(ctx, file, decideStart, answers)).outcome === 'written';
}
