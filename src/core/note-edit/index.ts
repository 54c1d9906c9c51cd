export { applyEdit } from './apply-edit';
export type { NoteEdit, EditResult } from './edit-types';
export { splitNote, type NoteParts, type Eol } from './split-note';
export { parseFrontmatter, type ParsedFrontmatter } from './frontmatter-doc';
export { logSent, insertSent, setState, snoozeUntil, setCadence, startFollowUp } from './contact-edits';
