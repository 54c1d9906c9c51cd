/**
 * Reads an edited note back and proves the edit did exactly what it said: the edited key holds
 * the intended value, every other key parses to the same value in the same order, and BOM,
 * body and line endings are untouched. The splice code is careful; this makes it trustworthy.
 */
import type { FrontmatterEdit, Step } from './edit-types';
import { entries, findPairs, newKeyId, pairId, parseFrontmatter, valueOf, type ParsedFrontmatter } from './frontmatter-doc';
import { splitNote, type NoteParts } from './split-note';
import { deepEqual } from './deep-equal';

export function verifyEdit(before: NoteParts, parsed: ParsedFrontmatter | null, afterText: string, edit: FrontmatterEdit): Step<true> {
  const fail = (what: string): Step<true> => ({ ok: false, message: `internal check failed (${what}); the note was left unchanged` });
  const after = splitNote(afterText);
  if (after.unclosed || after.frontmatter === null) return fail('frontmatter lost');
  if (after.bom !== before.bom || after.body !== before.body) return fail('body changed');
  if (!sameLineEndings(before.frontmatter ?? before.open, after.frontmatter, before.eol)) return fail('line endings changed');
  const reparsed = parseFrontmatter(after.frontmatter);
  if (!reparsed.ok) return fail(reparsed.message);
  let got: [string, unknown][];
  try {
    got = entries(reparsed.value); // throws on an alias whose anchor is gone
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
  const want = expectedEntries(parsed, edit);
  if (!entriesEqual(got, want)) return fail(`\`${edit.key}\` or another key did not read back as expected`);
  return { ok: true, value: true };
}

function expectedEntries(parsed: ParsedFrontmatter | null, edit: FrontmatterEdit): [string, unknown][] {
  const list = parsed ? entries(parsed) : [];
  const pair = parsed ? findPairs(parsed.map, edit.key)[0] : undefined;
  const id = pair ? pairId(pair) : newKeyId(edit.key);
  const old: unknown = pair && parsed ? valueOf(parsed, pair) : undefined;
  if (edit.op === 'delete') return list.filter(([k]) => k !== id);
  let value: unknown;
  if (edit.op === 'set') value = edit.ifMissing && pair ? old : edit.value;
  else {
    const items: unknown[] = old === undefined || old === null ? [] : Array.isArray(old) ? [...(old as unknown[])] : [old];
    items.splice(edit.op === 'insert' ? Math.min(edit.index, items.length) : items.length, 0, edit.value);
    value = items;
  }
  return pair ? list.map(([k, v]) => [k, k === id ? value : v]) : [...list, [id, value]];
}

function entriesEqual(a: [string, unknown][], b: [string, unknown][]): boolean {
  return a.length === b.length && a.every(([k, v], i) => b[i]?.[0] === k && deepEqual(v, b[i]?.[1]));
}

/** A pure-CRLF frontmatter stays pure CRLF, a pure-LF one pure LF. */
function sameLineEndings(before: string, after: string, eol: string): boolean {
  const loneLf = (s: string) => /(^|[^\r])\n/.test(s);
  const crlf = (s: string) => s.includes('\r\n');
  const lfBefore = before.includes('\n') ? loneLf(before) : eol === '\n';
  const crlfBefore = before.includes('\n') ? crlf(before) : eol === '\r\n';
  return (lfBefore || !loneLf(after)) && (crlfBefore || !crlf(after));
}
