export { checkTone, MAX_TONE_FINDINGS } from './check-tone';
export type { ToneCategory, ToneFinding } from './types';
