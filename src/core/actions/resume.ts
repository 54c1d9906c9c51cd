/** Follow up again after a pause or a reply (never after a stop). */
import { stateAction } from './set-state';

export const resume = stateAction('active', (name) => `Resumed ${name}.`);
