/**
 * Carries out one core action (src/core/actions) on a note. The action decides inside the write
 * (write-note.ts) on the text being written; its message is the one Notice. A confirmation
 * closes that write unchanged, asks, and on "yes" runs the action again with the confirmed
 * request on the note as it is then. Never rejects: a note that is gone, or a write that fails,
 * is one Notice too.
 */
import { Notice, type TFile } from 'obsidian';
import type { Action, ActionEnv, Now } from '../../core/actions';
import { dateToDay } from '../../core/calendar';
import { noteName } from '../../core/schema';
import type { PluginContext } from '../context';
import { askConfirm } from '../modals/confirm-modal';
import { decideAndWrite } from './write-note';

export type Outcome = 'written' | 'unchanged' | 'refused' | 'cancelled' | 'gone' | 'failed';

export interface Ran {
  outcome: Outcome;
  /** The note's text afterwards, when it was read. */
  text?: string;
  /** The line the action asks to show (an appended draft's heading). */
  reveal?: string;
}

/** What else an action may need from the adapter (append draft: the user's templates). */
export type EnvExtras = Pick<ActionEnv, 'userTemplates'>;

export async function runAction<R>(ctx: PluginContext, file: TFile, action: Action<R>, request: R, extras: EnvExtras = {}): Promise<Ran> {
  const name = file.basename;
  try {
    let current = request;
    for (;;) {
      // The clock is read per attempt: a confirmed log is logged when it was confirmed.
      const decided = await decideAndWrite(ctx, file, (text) => action(text, current, envOf(ctx, file, extras)));
      if (decided.gone) return gone(name);
      const { decision, text } = decided;
      if (decision.type === 'confirm') {
        const yes = await askConfirm(ctx.app, { title: decision.title, message: decision.message, confirmText: decision.confirmText });
        if (!yes) return { outcome: 'cancelled', text };
        current = decision.confirmed;
        continue;
      }
      new Notice(decision.message);
      if (decision.type === 'refuse') return { outcome: 'refused', text };
      return { outcome: decision.changed ? 'written' : 'unchanged', text, ...(decision.reveal === undefined ? {} : { reveal: decision.reveal }) };
    }
  } catch (error) {
    new Notice(`"${name}" was not changed: ${error instanceof Error ? error.message : String(error)}`);
    return { outcome: 'failed' };
  }
}

/** For a note that was deleted or moved away before the action could run on it. */
export function gone(nameOrPath: string): Ran {
  new Notice(`"${noteName(nameOrPath)}" is no longer in the vault (deleted or moved): nothing was changed.`);
  return { outcome: 'gone' };
}

function envOf(ctx: PluginContext, file: TFile, extras: EnvExtras): ActionEnv {
  return { path: file.path, settings: ctx.settings(), now: nowOf(ctx.now()), ...extras };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The local day and `HH:mm` of an instant. */
export function nowOf(date: Date): Now {
  return { day: dateToDay(date), time: `${pad2(date.getHours())}:${pad2(date.getMinutes())}` };
}
