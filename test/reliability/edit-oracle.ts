/**
 * An independent judge of one `applyEdit` step, built on the `yaml` parser directly (not on the
 * writer's own helpers): whether a refusal is justified, and what every key must read as after.
 */
import { isAlias, isMap, isNode, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Node, Pair } from 'yaml';
import type { NoteEdit } from '../../src/core/note-edit';
import { splitNote } from '../../src/core/note-edit';

export type Entries = [string, unknown][];

export interface Before {
  /** null: the frontmatter itself cannot be edited (syntax error, duplicate key, not a map). */
  entries: Entries | null;
  pair: Pair | null;
}

export function readBefore(text: string, key: string | null): Before {
  const parts = splitNote(text);
  if (parts.unclosed) return { entries: null, pair: null };
  if (parts.frontmatter === null) return { entries: [], pair: null };
  const doc = parseDocument(parts.frontmatter, { uniqueKeys: true });
  if (doc.errors.length > 0) return { entries: null, pair: null };
  if (doc.contents === null) return { entries: [], pair: null };
  if (!isMap(doc.contents) || doc.contents.flow) return { entries: null, pair: null };
  const entries: Entries = doc.contents.items.map((p) => [idOf(p), isNode(p.value) ? p.value.toJS(doc, { maxAliasCount: -1 }) : p.value]);
  const pair = key === null ? null : (doc.contents.items.find((p) => isScalar(p.key) && String(p.key.value) === key) ?? null);
  return { entries, pair };
}

function idOf(p: Pair): string {
  return isScalar(p.key) ? `${typeof p.key.value}:${String(p.key.value)}` : `node:${String(p.key)}`;
}

function containsAnchorOrTag(node: Node): boolean {
  let found = false;
  visit(node, (_k, n) => {
    if (isNode(n) && !isAlias(n) && (n.anchor !== undefined || n.tag !== undefined)) {
      found = true;
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}

/** Refusing is right only for values the design says are not safely editable. */
export function refusalJustified(before: Before, edit: NoteEdit, text: string): boolean {
  if (before.entries === null) return true;
  if (edit.op === 'append-draft') return mixedLineEndings(splitNote(text).body);
  const v = before.pair?.value;
  if (!isNode(v)) return false;
  if (isMap(v) || containsAnchorOrTag(v)) return true;
  if (edit.op !== 'append') return false;
  if (isAlias(v)) return true;
  if (isSeq(v)) return !v.items.every((i) => isScalar(i) || isAlias(i));
  // A block or multi-line scalar has no one-line form to become the first list item.
  return isScalar(v) && (v.type === 'BLOCK_FOLDED' || v.type === 'BLOCK_LITERAL' || /[\r\n]/.test(String(v.source ?? v.value)));
}

function mixedLineEndings(body: string): boolean {
  return body.includes('\r\n') && /(^|[^\r])\n/.test(body);
}

/** Every key as it must read after a frontmatter edit that succeeded. */
export function expectedAfter(before: Before, edit: Exclude<NoteEdit, { op: 'append-draft' }>): Entries {
  const list = before.entries ?? [];
  const id = before.pair ? idOf(before.pair) : `string:${edit.key}`;
  const old = list.find(([k]) => k === id)?.[1];
  if (edit.op === 'delete') return list.filter(([k]) => k !== id);
  let value: unknown;
  if (edit.op === 'set') value = edit.ifMissing && before.pair ? old : edit.value;
  else value = old === undefined || old === null ? [edit.value] : Array.isArray(old) ? [...(old as unknown[]), edit.value] : [old, edit.value];
  return before.pair ? list.map(([k, v]) => [k, k === id ? value : v]) : [...list, [id, value]];
}
