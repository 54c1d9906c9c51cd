import { Notice, type TFile } from 'obsidian';
import * as noteEdits from '../../core/note-edit';
import { formatOutreach } from '../../core/outreach';
import type { PluginContext } from '../context';
import { askStartDetails } from '../modals/start-form-modal';
import { refuse } from './refuse';
import { writeNote } from './write-note';

/**
 * Makes a note a contact: `followup: active` and the first message as sent now, after asking
 * what it was about. Existing `contacted`, `context` and `topic` values are kept.
 */
export async function startFollowingUp(ctx: PluginContext, file: TFile): Promise<boolean> {
  if (ctx.index.get(file.path) !== undefined) return refuse(`"${file.basename}" is already a follow-up note.`);
  const answers = await askStartDetails(ctx.app, file.basename);
  if (answers === null) return false;
  const edits = noteEdits.startFollowUp({ at: formatOutreach(ctx.now()), ...answers });
  if ((await writeNote(ctx, file, edits)) === 'refused') return false;
  new Notice(`Following up with "${file.basename}": your first message is logged as sent now.`);
  return true;
}
