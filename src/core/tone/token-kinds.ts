/** Token kinds and flags of a Sentence (tokenize.ts), in a file of their own so word-forms.ts can push words too. */

/** Token kinds. */
export const WORD = 0;
export const END = 1;
export const BREAK = 2;
export const QUOTE = 3;
export const OTHER = 4;

/** Token flags: a word of two or more letters, all capitals; inside quotes or on a `>` line. */
export const UPPER = 1;
export const QUOTED = 2;
/** An end token with ! or ? in it (what shouting counts). */
export const MARKS = 4;
