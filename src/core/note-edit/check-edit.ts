/** Runtime checks of an edit's shape: the CLI and plugin pass user input through here. */
import type { NoteEdit } from './edit-types';

export function checkEdit(edit: NoteEdit): string | null {
  if (typeof edit !== 'object' || edit === null) return 'edit must be an object';
  if (edit.op === 'append-draft') {
    const b: unknown = edit.block;
    const ok = typeof b === 'object' && b !== null && 'heading' in b && 'markdown' in b && typeof b.heading === 'string' && typeof b.markdown === 'string';
    return ok ? null : 'append-draft needs a block with a heading and markdown';
  }
  if (edit.op !== 'set' && edit.op !== 'append' && edit.op !== 'insert' && edit.op !== 'delete') return `unknown edit \`${String((edit as { op: unknown }).op)}\``;
  if (typeof edit.key !== 'string' || edit.key.trim() === '') return 'edit needs a non-empty key';
  if ((edit.op === 'append' || edit.op === 'insert') && typeof edit.value !== 'string') return `value to add to \`${edit.key}\` must be a string`;
  if (edit.op === 'insert' && !(Number.isInteger(edit.index) && edit.index >= 0)) return `index for \`${edit.key}\` must be a whole number from 0`;
  if (edit.op === 'set') {
    const v: unknown = edit.value;
    if (typeof v === 'number' && !Number.isFinite(v)) return `value for \`${edit.key}\` must be a finite number`;
    const scalar = (x: unknown) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
    if (!scalar(v) && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))) return `value for \`${edit.key}\` must be a string, number, true/false or a list of strings`;
  }
  return null;
}
