/**
 * "Pause or resume following up" as one action, built only from the core's two: resume a
 * paused or replied contact; one that resume leaves as it is (already active) is paused.
 * Stopped stays stopped: both core actions refuse it.
 * NOTE for core helper: this composition could live in src/core/actions for every adapter.
 */
import { pause, resume, type Action } from '../../core/actions';

export const pauseOrResume: Action<Record<string, never>> = (text, request, env) => {
  const resumed = resume(text, request, env);
  return resumed.type === 'write' && !resumed.changed ? pause(text, request, env) : resumed;
};
