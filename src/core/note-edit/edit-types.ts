import type { DraftBlock } from '../drafts/draft-block';

/** One change to a note. Keys are top-level frontmatter properties. */
export type NoteEdit =
  /** Replace the value in place; add `key: value` at the end when missing (skipped if `ifMissing` and present). */
  | { op: 'set'; key: string; value: string | number | boolean | string[]; ifMissing?: boolean }
  /** Add an item to a list, in its own style; a single value becomes `[old, new]`; missing -> `[new]`. */
  | { op: 'append'; key: string; value: string }
  /** Insert an item before the list's item `index` (0-based; past the end appends), in its own style. */
  | { op: 'insert'; key: string; value: string; index: number }
  | { op: 'delete'; key: string }
  /** Body only: the draft under `## Follow-ups`, via `appendDraftBlock`. */
  | { op: 'append-draft'; block: DraftBlock };

export type FrontmatterEdit = Exclude<NoteEdit, { op: 'append-draft' }>;

export type EditResult = { ok: true; text: string; changed: boolean } | { ok: false; message: string };

/** Internal step result: new text or why not. */
export type Step<T> = { ok: true; value: T } | { ok: false; message: string };
