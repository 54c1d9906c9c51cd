/**
 * The one write path: `applyEdit(noteText, edits)` -> the new note text, or why not. Pure and
 * total: never throws, and on any refusal the caller keeps the note exactly as it was.
 */
import { appendDraftBlock, type DraftBlock } from '../drafts/draft-block';
import type { EditResult, FrontmatterEdit, NoteEdit, Step } from './edit-types';
import { parseFrontmatter } from './frontmatter-doc';
import { renderFlowList, renderKey, renderScalar } from './render-scalar';
import { splitNote, type NoteParts } from './split-note';
import { verifyEdit } from './verify-edit';
import { checkEdit } from './check-edit';
import { editYaml } from './yaml-edit';

export function applyEdit(noteText: string, edits: NoteEdit | readonly NoteEdit[]): EditResult {
  try {
    if (typeof noteText !== 'string') return { ok: false, message: 'note text must be a string' };
    const list: readonly NoteEdit[] = Array.isArray(edits) ? edits : [edits as NoteEdit];
    let text = noteText;
    for (const edit of list) {
      const step = applyOne(text, edit);
      if (!step.ok) return step;
      text = step.value;
    }
    return { ok: true, text, changed: text !== noteText };
  } catch (e) {
    return { ok: false, message: `could not edit the note: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function applyOne(noteText: string, edit: NoteEdit): Step<string> {
  const invalid = checkEdit(edit);
  if (invalid) return { ok: false, message: invalid };
  const parts = splitNote(noteText);
  if (parts.unclosed) return { ok: false, message: 'frontmatter is never closed: the note starts with `---` but has no closing `---` line' };
  if (edit.op === 'append-draft') return appendDraft(parts, edit.block);
  const next = parts.frontmatter === null ? createFrontmatter(parts, edit) : editFrontmatter(parts, parts.frontmatter, edit);
  if (!next.ok || next.value === noteText) return next;
  const parsed = parts.frontmatter === null ? null : parseFrontmatter(parts.frontmatter);
  if (parsed && !parsed.ok) return parsed;
  const verified = verifyEdit(parts, parsed ? parsed.value : null, next.value, edit);
  return verified.ok ? next : verified;
}

function editFrontmatter(parts: NoteParts, yaml: string, edit: FrontmatterEdit): Step<string> {
  const parsed = parseFrontmatter(yaml);
  if (!parsed.ok) return parsed;
  const edited = editYaml(yaml, parsed.value, edit, parts.eol);
  if (!edited.ok) return edited;
  return { ok: true, value: parts.bom + parts.open + edited.value + parts.close + parts.body };
}

/** A note without frontmatter gets one at the top (after the BOM); deleting is a no-op. */
function createFrontmatter(parts: NoteParts, edit: FrontmatterEdit): Step<string> {
  if (edit.op === 'delete') return { ok: true, value: parts.bom + parts.body };
  const value = edit.op === 'set' ? edit.value : [edit.value];
  const text = Array.isArray(value) ? renderFlowList(value) : renderScalar(value, false);
  const { eol } = parts;
  return { ok: true, value: `${parts.bom}---${eol}${renderKey(edit.key)}: ${text}${eol}---${eol}${parts.body}` };
}

function appendDraft(parts: NoteParts, block: DraftBlock): Step<string> {
  const body = parts.body;
  let next = appendDraftBlock(body, block);
  if (next === body) return { ok: true, value: parts.bom + parts.open + (parts.frontmatter ?? '') + parts.close + body };
  if (next.startsWith(body)) {
    // A body with no line break of its own would get LF lines in a CRLF note.
    if (parts.eol === '\r\n' && !body.includes('\n')) next = body + next.slice(body.length).replace(/\r?\n/g, '\r\n');
  } else if (nonBlankLines(removeOnce(next, block, body)) !== nonBlankLines(body)) {
    return { ok: false, message: 'cannot append the draft without changing other lines of the note (mixed line endings?)' };
  }
  // A closing fence at the very end of the file needs a line break before the new body.
  const gap = parts.close !== '' && !parts.close.endsWith('\n') && body === '' ? parts.eol : '';
  return { ok: true, value: parts.bom + parts.open + (parts.frontmatter ?? '') + parts.close + gap + next };
}

function removeOnce(next: string, block: DraftBlock, body: string): string {
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  return next.replace(block.markdown.replace(/\n/g, eol), '');
}

/** Lines with content, each with its own line break: what a draft insert must not change. */
function nonBlankLines(text: string): string {
  return (text.match(/[^\n]*\n|[^\n]+$/g) ?? []).filter((l) => l.trim() !== '').join('');
}
