/**
 * Frontmatter edits as text splices. `yaml` re-serialising a document normalises indentation
 * and quoting, so we only use its parse tree to find where the edited value sits (node `range`
 * offsets) and replace those characters; every other byte stays as the user wrote it.
 */
import { isAlias, isMap, isNode, isScalar, isSeq, Scalar, visit } from 'yaml';
import type { Node, Pair, YAMLMap } from 'yaml';
import type { FrontmatterEdit, Step } from './edit-types';
import type { Eol } from './split-note';
import { findPairs, valueOf, type ParsedFrontmatter } from './frontmatter-doc';
import { renderFlowList, renderKey, renderScalar, renderString, type QuoteStyle } from './render-scalar';
import { breakBefore, lineEndAfter, lineStart, restOfLine, splice } from './text-pos';
import { deepEqual } from './deep-equal';

const ok = (value: string): Step<string> => ({ ok: true, value });
const no = (message: string): Step<string> => ({ ok: false, message });

export function editYaml(yaml: string, parsed: ParsedFrontmatter, edit: FrontmatterEdit, eol: Eol): Step<string> {
  const pairs = findPairs(parsed.map, edit.key);
  if (pairs.length > 1) return no(`key \`${edit.key}\` appears more than once`);
  const pair = pairs[0];
  if (!pair) {
    if (edit.op === 'delete') return ok(yaml);
    const text = edit.op === 'set' ? renderNew(edit.value) : renderFlowList([edit.value]);
    return ok(addKey(yaml, parsed.map, edit.key, text, eol));
  }
  if (edit.op === 'set' && edit.ifMissing) return ok(yaml);
  const colon = colonAfterKey(yaml, pair);
  const value = pair.value;
  if (colon === null || !isNode(value) || !value.range) return no(`cannot locate the value of \`${edit.key}\``);
  if (edit.op === 'delete') return deletePair(yaml, pair, colon, value);
  if (isMap(value)) return no(`key \`${edit.key}\` holds a map; expected ${edit.op === 'set' ? 'a value or a list' : 'a list or a single value'}`);
  if (hasProps(value)) return no(`key \`${edit.key}\` has an anchor or tag; editing it could change other keys`);
  if (edit.op === 'set') {
    if (containsAnchor(value)) return no(`key \`${edit.key}\` holds an anchor or tag that other keys may refer to`);
    if (deepEqual(valueOf(parsed, pair), edit.value)) return ok(yaml);
    return setValue(yaml, colon, value, edit.value, eol);
  }
  if (edit.op === 'insert') return insertItem(yaml, colon, value, edit.key, edit.value, edit.index, eol);
  return appendItem(yaml, colon, value, edit.key, edit.value, eol);
}

/**
 * `contacted` stays oldest first: an older message goes before the first later item. Past the
 * end (or into an empty value) it is an append; before a single value it becomes `[new, old]`.
 */
function insertItem(yaml: string, colon: number, node: Node, key: string, value: string, index: number, eol: Eol): Step<string> {
  if (isSeq(node) && index < node.items.length) {
    if (!node.items.every((item) => isAlias(item) || isScalar(item))) return no(`key \`${key}\` holds a list with nested values; expected a list of single values`);
    const before = node.items[index];
    const range = (isScalar(before) || isAlias(before)) && before.range ? before.range : null;
    if (range === null || !node.range) return no(`cannot locate the list \`${key}\``);
    if (node.flow) return ok(splice(yaml, range[0], range[0], `${renderString(value, true)}, `));
    // A block item: a new `- value` line at the same indentation, before the later item's line.
    const from = lineStart(yaml, range[0]);
    const dash = yaml.slice(from, range[0]);
    if (!/^[ \t]*-[ \t]+$/.test(dash)) return no(`cannot locate the list \`${key}\``);
    return ok(splice(yaml, from, from, `${dash}${renderString(value, false)}${breakAt(yaml, from, eol)}`));
  }
  if (isScalar(node) && index === 0 && node.value !== null && node.value !== undefined) {
    const old = oldItemText(yaml, node);
    if (old === null) return no(`key \`${key}\` holds a value that cannot become a list`);
    return ok(replaceValue(yaml, colon, node, `[${renderString(value, true)}, ${old}]`));
  }
  return appendItem(yaml, colon, node, key, value, eol);
}

/** The line break the line before `from` ends with (a CRLF list gets CRLF lines). */
function breakAt(yaml: string, from: number, eol: Eol): string {
  return breakBefore(yaml, from) || eol;
}

function renderNew(value: string | number | boolean | string[]): string {
  return Array.isArray(value) ? renderFlowList(value) : renderScalar(value, false);
}

function hasProps(node: Node): boolean {
  return !isAlias(node) && (node.anchor !== undefined || node.tag !== undefined);
}

/** An `&anchor` anywhere in the value: aliases elsewhere would lose their target. */
function containsAnchor(node: Node): boolean {
  let found = false;
  visit(node, (_key, n) => {
    if (isNode(n) && !isAlias(n) && n.anchor !== undefined) {
      found = true;
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}

/** The `:` after an implicit key (same line, after optional spaces). */
function colonAfterKey(yaml: string, pair: Pair): number | null {
  const key = pair.key;
  if (!isNode(key) || !key.range) return null;
  let i = key.range[1];
  while (yaml[i] === ' ' || yaml[i] === '\t') i++;
  return yaml[i] === ':' ? i : null;
}

function setValue(yaml: string, colon: number, node: Node, value: string | number | boolean | string[], eol: Eol): Step<string> {
  if (Array.isArray(value) && value.length > 0 && isSeq(node) && !node.flow) {
    // Keep a block list a block list, at its own indentation.
    const range = node.range;
    if (!range) return no('cannot locate the list');
    const from = lineStart(yaml, range[0]);
    const indent = yaml.slice(from, range[0]);
    if (/^[ \t]*$/.test(indent)) {
      const to = lineEndAfter(yaml, range[1]);
      const br = breakBefore(yaml, to);
      const lines = value.map((item) => `${indent}- ${renderString(item, false)}`);
      return ok(splice(yaml, from, to, lines.join(br || eol) + br));
    }
  }
  const text = Array.isArray(value) ? renderFlowList(value) : renderScalar(value, false, quoteStyleOf(node, value));
  return ok(replaceValue(yaml, colon, node, text));
}

/** Keep the user's quotes for a string that was quoted before. */
function quoteStyleOf(node: Node, value: unknown): QuoteStyle {
  if (!isScalar(node) || typeof value !== 'string') return 'plain';
  if (node.type === Scalar.QUOTE_DOUBLE) return 'double';
  if (node.type === Scalar.QUOTE_SINGLE) return 'single';
  return 'plain';
}

/** Replaces the value after `key:` with `text` (a one-line flow value). */
function replaceValue(yaml: string, colon: number, node: Node, text: string): string {
  const [start, end] = node.range ?? [colon + 1, colon + 1];
  if (isScalar(node) && start === end) return splice(yaml, colon + 1, colon + 1, ` ${text}`); // `key:` with nothing
  if (isSeq(node) && !node.flow) {
    // A block list starts on the next line: rewrite from the colon, keeping a comment after it.
    const to = lineEndAfter(yaml, end);
    const rest = restOfLine(yaml, colon + 1);
    const comment = /^[ \t]*#/.test(rest) ? rest.trimEnd() : '';
    return splice(yaml, colon + 1, to, ` ${text}${comment}${breakBefore(yaml, to)}`);
  }
  if (isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED)) {
    const to = lineEndAfter(yaml, end);
    return splice(yaml, start, to, text + breakBefore(yaml, to));
  }
  return splice(yaml, start, end, text);
}

function appendItem(yaml: string, colon: number, node: Node, key: string, value: string, eol: Eol): Step<string> {
  if (isAlias(node)) return no(`key \`${key}\` is an alias; edit the anchored value instead`);
  if (isSeq(node)) {
    // Aliases and anchored items are fine: appending leaves them as they are.
    const single = (item: unknown) => isAlias(item) || isScalar(item);
    if (!node.items.every(single)) return no(`key \`${key}\` holds a list with nested values; expected a list of single values`);
    const range = node.range;
    if (!range) return no(`cannot locate the list \`${key}\``);
    const last = node.items[node.items.length - 1];
    if (node.flow) {
      if (last === undefined) return yaml[range[0]] === '[' ? ok(splice(yaml, range[0] + 1, range[0] + 1, renderString(value, true))) : no(`cannot locate the list \`${key}\``);
      const at = (isScalar(last) || isAlias(last)) && last.range ? last.range[1] : null;
      return at === null ? no(`cannot locate the list \`${key}\``) : ok(splice(yaml, at, at, `, ${renderString(value, true)}`));
    }
    const from = lineStart(yaml, range[0]);
    const indent = yaml.slice(from, range[0]);
    if (!/^[ \t]*$/.test(indent)) return no(`cannot locate the list \`${key}\``);
    const at = lineEndAfter(yaml, range[1]);
    const lead = at > 0 && yaml[at - 1] !== '\n' ? eol : '';
    return ok(splice(yaml, at, at, `${lead}${indent}- ${renderString(value, false)}${eol}`));
  }
  if (!isScalar(node)) return no(`key \`${key}\` holds a value that cannot become a list`);
  if (node.value === null || node.value === undefined) return ok(replaceValue(yaml, colon, node, renderFlowList([value])));
  const old = oldItemText(yaml, node);
  if (old === null) return no(`key \`${key}\` holds a value that cannot become a list`);
  return ok(replaceValue(yaml, colon, node, `[${old}, ${renderString(value, true)}]`));
}

/** The single value as the first item of a new flow list: its own text when that stays valid. */
function oldItemText(yaml: string, node: Scalar): string | null {
  const range = node.range;
  const source = range ? yaml.slice(range[0], range[1]) : '';
  const oneLine = source !== '' && !/[\r\n]/.test(source);
  if (oneLine && (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE)) return source;
  if (oneLine && node.type === Scalar.PLAIN && !/[,[\]{}]/.test(source)) return source;
  const v: unknown = node.value;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return renderScalar(v, true);
  return null;
}

function deletePair(yaml: string, pair: Pair, colon: number, node: Node): Step<string> {
  const key = pair.key;
  const keyStart = isNode(key) && key.range ? key.range[0] : colon;
  const from = lineStart(yaml, keyStart);
  if (!/^[ \t]*$/.test(yaml.slice(from, keyStart))) return no('cannot delete a key that shares its line with other YAML');
  if (containsAnchor(node)) return no('cannot delete a value that holds an anchor (`&name`); other keys may refer to it');
  const end = Math.max(colon + 1, node.range?.[1] ?? colon + 1);
  return ok(splice(yaml, from, lineEndAfter(yaml, end), ''));
}

/** A new `key: value` line at the end of the frontmatter, at the map's indentation. */
function addKey(yaml: string, map: YAMLMap | null, name: string, text: string, eol: Eol): string {
  const first = map?.items[0]?.key;
  const firstStart = isNode(first) && first.range ? first.range[0] : null;
  const indent = firstStart === null ? '' : yaml.slice(lineStart(yaml, firstStart), firstStart);
  const lead = yaml !== '' && !yaml.endsWith('\n') ? eol : '';
  return `${yaml}${lead}${/^[ \t]*$/.test(indent) ? indent : ''}${renderKey(name)}: ${text}${eol}`;
}
