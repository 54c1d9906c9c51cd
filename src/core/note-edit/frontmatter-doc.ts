/**
 * Parses frontmatter YAML for editing and reading back, refusing what cannot be edited safely:
 * syntax errors, duplicate keys, anything but a block key/value map.
 */
import { isCollection, isMap, isNode, isScalar, parseDocument } from 'yaml';
import type { Document, Pair, YAMLMap } from 'yaml';
import type { Step } from './edit-types';

export interface ParsedFrontmatter {
  doc: Document.Parsed;
  /** The top-level map; null when the frontmatter is empty or only comments. */
  map: YAMLMap | null;
}

/** `lineOffset`: lines before the YAML in the note (the opening fence), for messages. */
export function parseFrontmatter(yaml: string, lineOffset = 1): Step<ParsedFrontmatter> {
  const doc = parseDocument(yaml, { uniqueKeys: true, prettyErrors: true });
  const err = doc.errors[0];
  if (err) {
    const line = (err.linePos?.[0].line ?? 0) + lineOffset;
    const what = err.message.split(/ at line \d+/)[0] ?? err.message;
    if (err.code === 'DUPLICATE_KEY') return { ok: false, message: `frontmatter has a duplicate key${duplicateKey(doc)} (line ${line})` };
    return { ok: false, message: `frontmatter is not valid YAML: ${what} (line ${line})` };
  }
  const contents = doc.contents;
  if (contents === null) return { ok: true, value: { doc, map: null } };
  if (!isMap(contents)) return { ok: false, message: 'frontmatter is not a key/value map' };
  if (contents.flow) return { ok: false, message: 'frontmatter is a flow map `{…}`; only `key: value` lines can be edited' };
  return { ok: true, value: { doc, map: contents } };
}

function duplicateKey(doc: Document.Parsed): string {
  const contents = doc.contents;
  if (!isMap(contents)) return '';
  const seen = new Set<string>();
  for (const pair of contents.items) {
    const name = keyName(pair);
    if (name !== null && seen.has(name)) return ` \`${name}\``;
    if (name !== null) seen.add(name);
  }
  return '';
}

/** The key as a string, for scalar keys; null for complex keys (which we never edit). */
export function keyName(pair: Pair): string | null {
  const key = pair.key;
  return isScalar(key) ? String(key.value) : null;
}

export function findPairs(map: YAMLMap | null, name: string): Pair[] {
  return map ? map.items.filter((p) => keyName(p) === name) : [];
}

/** Each top-level entry as [identity, plain JS value], in source order. */
export function entries(parsed: ParsedFrontmatter): [string, unknown][] {
  if (!parsed.map) return [];
  return parsed.map.items.map((pair) => [pairId(pair), valueOf(parsed, pair)] as [string, unknown]);
}

/** Tells `1:` from `"1":`, which YAML keeps apart. */
export function pairId(pair: Pair): string {
  const key = pair.key;
  if (isScalar(key)) return `${typeof key.value}:${String(key.value)}`;
  return isCollection(key) ? `node:${key.toString()}` : `other:${JSON.stringify(key) ?? ''}`;
}

/** The id of a key we add: always written as a string key. */
export function newKeyId(name: string): string {
  return `string:${name}`;
}

export function valueOf(parsed: ParsedFrontmatter, pair: Pair): unknown {
  return isNode(pair.value) ? pair.value.toJS(parsed.doc) : pair.value;
}
