/** Pause following up until the user resumes. */
import { stateAction } from './set-state';

export const pause = stateAction('paused', (name) => `Paused ${name}: nothing is due until you resume following up.`);
