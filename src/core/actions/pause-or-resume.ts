/**
 * "Pause or resume following up" as one action, built only from the two below: resume a paused
 * or replied contact; one that resume leaves as it is (already active) is paused. Stopped stays
 * stopped: both refuse it.
 */
import { pause } from './pause';
import { resume } from './resume';
import type { Action } from './types';

export const pauseOrResume: Action<Record<string, never>> = (text, request, env) => {
  const resumed = resume(text, request, env);
  return resumed.type === 'write' && !resumed.changed ? pause(text, request, env) : resumed;
};
