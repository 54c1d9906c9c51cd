import { Notice, type TFile } from 'obsidian';
import * as noteEdits from '../../core/note-edit';
import type { FollowupState } from '../../core/types';
import type { PluginContext } from '../context';
import { contactOf, refuse } from './refuse';
import { writeNote } from './write-note';

const DONE: Record<FollowupState, (name: string) => string> = {
  active: (name) => `Following up with ${name} again.`,
  paused: (name) => `Paused: nothing is due for ${name} until you resume.`,
  replied: (name) => `${name} replied: nothing is due while you talk.`,
  stopped: (name) => `Stopped: no more follow-ups to ${name}.`,
};

/**
 * Sets `followup`. Stopped is final (they asked us to stop): the plugin never leaves it; the
 * user can still edit the property by hand. Resolves true when the note has the state.
 */
export async function setFollowupState(ctx: PluginContext, file: TFile, state: FollowupState): Promise<boolean> {
  const contact = contactOf(ctx, file);
  if (!contact) return false;
  if (contact.state === 'stopped' && state !== 'stopped') {
    return refuse(`${contact.name} asked you to stop, and that is final. If it was a mistake, edit "followup" in the note.`);
  }
  if (contact.state === state) {
    new Notice(`${contact.name} is already ${state}.`);
    return true;
  }
  if ((await writeNote(ctx, file, [noteEdits.setState(state)])) === 'refused') return false;
  new Notice(DONE[state](contact.name));
  return true;
}
