export { checkTone } from './check-tone';
export type { ToneCategory, ToneFinding } from './types';
