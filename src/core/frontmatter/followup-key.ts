/** What every reader asks of a note before any YAML parse, and what it says when it cannot tell. */

/** A `followup:` key at the start of a line: the cheap test, and enough to call broken YAML a broken contact. */
export const FOLLOWUP_KEY = /^["']?followup["']?[ \t]*:/m;

/** The problem of a note whose frontmatter opens with `---` and never closes. */
export const UNCLOSED_FRONTMATTER = 'the frontmatter starts with `---` but has no closing `---` line';
