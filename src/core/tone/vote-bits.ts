/**
 * The language-vote bits of a word's info (see word-info.ts), in a file of their own so the
 * tokenizer can count a sentence's votes as it reads the words without importing the rules.
 */
export const SV_WORD = 1;
export const EN_WORD = 2;
/** å, ä or ö in the word: a vote for Swedish. */
export const SV_LETTERS = 4;
