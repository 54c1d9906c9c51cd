/**
 * Obsidian's metadata cache hands over no frontmatter when its YAML is invalid, so a contact
 * with a typo in its YAML would vanish from every list. This reads the note's own text and, when
 * it opens a frontmatter block that mentions `followup`, says what is wrong with the YAML.
 */
import { parseDocument } from 'yaml';
import { FOLLOWUP_KEY, UNCLOSED_FRONTMATTER } from '../core/frontmatter/followup-key';
import { splitNote } from '../core/note-edit/split-note';
import type { ReadResult } from '../core/schema';
import type { CachedMetadata } from 'obsidian';

/**
 * Worth reading the text: no frontmatter came, and the note may start with a YAML block (the
 * cache saw one, or says nothing about sections). Notes whose first section is other Markdown
 * are not read, so a vault of plain notes costs no reads.
 */
export function mayHaveBrokenFrontmatter(cache: CachedMetadata | null): boolean {
  if (cache === null || cache.frontmatter !== undefined) return false;
  if (cache.frontmatterPosition !== undefined) return true;
  const first = cache.sections?.[0];
  return first === undefined || first.type === 'yaml';
}

const problem = (path: string, message: string): ReadResult => ({ ok: false, problems: [{ path, key: 'frontmatter', value: null, message }] });

/** A problem on `frontmatter` when the note opens a follow-up frontmatter block the cache could not read; else null. */
export function brokenFrontmatter(path: string, text: string): ReadResult | null {
  const parts = splitNote(text);
  if (parts.unclosed) {
    return FOLLOWUP_KEY.test(parts.body) ? problem(path, UNCLOSED_FRONTMATTER) : null;
  }
  if (parts.frontmatter === null || !FOLLOWUP_KEY.test(parts.frontmatter)) return null;
  const doc = parseDocument(parts.frontmatter, { prettyErrors: true });
  const error = doc.errors[0];
  if (error !== undefined) {
    const line = error.linePos?.[0]?.line;
    const first = error.message.split('\n')[0]?.replace(/\s+at line \d+, column \d+:?$/, '') ?? '';
    // The note's line: the YAML's own line plus the opening fence.
    return problem(path, `the frontmatter is not valid YAML: ${first}${line === undefined ? '' : ` (line ${line + 1} of the note)`}`);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // An alias bomb, or an alias to nothing.
    return problem(path, `the frontmatter is not valid YAML: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return problem(path, 'frontmatter is not a list of `key: value` lines');
  // Valid YAML the cache still did not hand over: nothing this reader can add.
  return null;
}
