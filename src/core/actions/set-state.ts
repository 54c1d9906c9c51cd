/**
 * Moving a contact between active, paused and replied. Stopped is final: nothing here moves a
 * note out of it (`stop` itself lives in stop.ts, because it must work on a broken note too).
 */
import { setState } from '../note-edit';
import type { FollowupState } from '../types';
import { nextLine, refusals } from '../words';
import { contactIn, isRefuse, planAfter, writeEdits } from './decide';
import type { Action } from './types';

export type StateRequest = Record<string, never>;

export function stateAction(target: Exclude<FollowupState, 'stopped'>, done: (name: string) => string): Action<StateRequest> {
  return (text, _request, env) => {
    const found = contactIn(text, env.path);
    if (isRefuse(found)) return found;
    const { contact } = found;
    if (contact.state === 'stopped') return { type: 'refuse', message: refusals.stoppedIsFinal(contact.name) };
    const already = `${contact.name} is already ${target}; nothing changed.`;
    if (contact.state === target) return { type: 'write', text, changed: false, message: already };
    return writeEdits(
      text,
      env.path,
      [setState(target)],
      (after) => {
        const plan = target === 'active' ? planAfter(after, env.path, env.settings, env.now.day) : null;
        return done(contact.name) + (plan === null ? '' : nextLine(plan, env.settings.askAfter, env.now.day));
      },
      already,
    );
  };
}
