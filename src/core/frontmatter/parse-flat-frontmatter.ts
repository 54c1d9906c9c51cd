/**
 * The fast reader for the flat frontmatter contact notes use: top-level `key: value` lines whose
 * values are one-line scalars (plain, '…' or "…" without escapes), one-line flow lists of plain
 * scalars, block lists of such scalars, or literal block scalars (`|`, `|-`: a notes field);
 * comment and blank lines. Values resolve as the `yaml` package's YAML 1.2 core schema resolves
 * them (same patterns as yaml/dist/schema/core): dates stay strings. Anything else (anchors, tags,
 * folded or kept block scalars, nesting, escapes, tabs, duplicate keys, multi-line scalars, …)
 * gives `undefined`: then `yaml` itself decides, value and error message.
 * One pass over the lines, each looked at a bounded number of times: linear in the text.
 */

/** Characters that `yaml` treats specially or that this reader leaves to it. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNUSUAL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\t\r\ufeff\u2028\u2029]/;
const KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** Keys `yaml` would resolve to null or a boolean, or that a plain object cannot hold as data. */
const ODD_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
/** yaml refuses an implicit key longer than 1024 characters. */
const MAX_KEY = 1000;
/** A plain scalar may not start with an indicator (`-` only before a digit or `.`). */
const INDICATORS = '-?:,[]{}#&*!|>\'"%@`';

const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar's value, in the core schema's order: null, bool, int (oct, dec, hex), float. */
function resolvePlain(s: string): Scalar {
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s[0] === 't' || s[0] === 'T';
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}

/** Spaces off both ends, by hand: a `/ +$/` regex is quadratic on a long run of inner spaces. */
function trimSpaces(s: string): string {
  let from = 0;
  let to = s.length;
  while (from < to && s.charCodeAt(from) === 0x20) from++;
  while (to > from && s.charCodeAt(to - 1) === 0x20) to--;
  return s.slice(from, to);
}

/** Nothing, or only a comment, after a value: `''`, `   `, `  # why`. */
function isTail(rest: string): boolean {
  const t = trimSpaces(rest);
  return t === '' || (t[0] === '#' && rest.charCodeAt(0) === 0x20);
}

const FAIL = Symbol('not flat');
type Scalar = string | number | boolean | null;

function startsPlain(s: string): boolean {
  const c = s[0];
  if (c === undefined || c === ' ') return false;
  if (c === '-') return s.length > 1 && (s[1] === '.' || (s[1] !== undefined && s[1] >= '0' && s[1] <= '9'));
  return !INDICATORS.includes(c);
}

/** A plain scalar in block context, comment cut off; `flow` also forbids flow indicators. */
function plain(raw: string, flow: boolean): Scalar | typeof FAIL {
  let s = raw;
  const hash = s.indexOf(' #');
  if (hash !== -1) {
    if (flow) return FAIL;
    s = s.slice(0, hash);
  }
  s = trimSpaces(s);
  if (!startsPlain(s) || s.includes(': ') || s.endsWith(':')) return FAIL;
  if (flow && /[[\]{},]/.test(s)) return FAIL;
  return resolvePlain(s);
}

/** A one-line quoted scalar with only a comment after it; no escapes in double quotes. */
function quoted(s: string): Scalar | typeof FAIL {
  const q = s[0];
  if (q === '"') {
    const end = s.indexOf('"', 1);
    if (end === -1) return FAIL;
    const inner = s.slice(1, end);
    if (inner.includes('\\') || !isTail(s.slice(end + 1))) return FAIL;
    return inner;
  }
  let i = 1;
  for (;;) {
    const end = s.indexOf("'", i);
    if (end === -1) return FAIL;
    if (s[end + 1] === "'") {
      i = end + 2;
      continue;
    }
    if (!isTail(s.slice(end + 1))) return FAIL;
    return s.slice(1, end).replace(/''/g, "'");
  }
}

/** A scalar value (after `key: ` or `- `), leading spaces already off. */
function scalar(s: string): Scalar | typeof FAIL {
  return s[0] === '"' || s[0] === "'" ? quoted(s) : plain(s, false);
}

/** A literal block scalar's header: `|` (clip) or `|-` (strip), alone or before a comment. */
const LITERAL = /^\|(-?)(?: +#.*)?$/;

/**
 * The literal block scalar whose lines start at `from`: its value and where the line after it
 * starts. Its indentation is its first non-blank line's; it ends before the first non-blank line
 * indented less. FAIL (left to `yaml`) for a blank line with more spaces than that (content, or
 * an error when it leads) and for blank lines with no content after them.
 */
function literalBlock(text: string, from: number, strip: boolean): [value: string, next: number] | typeof FAIL {
  const lines: string[] = [];
  let indent = -1;
  let leading = 0;
  let lastContent = -1;
  let at = from;
  while (at <= text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    let spaces = 0;
    while (at + spaces < end && text.charCodeAt(at + spaces) === 0x20) spaces++;
    if (at + spaces === end) {
      if (indent === -1) leading = Math.max(leading, spaces);
      else if (spaces > indent) return FAIL;
      lines.push('');
    } else {
      if (indent === -1) {
        if (spaces === 0) break;
        if (leading > spaces) return FAIL;
        indent = spaces;
      } else if (spaces < indent) break;
      lines.push(text.slice(at + indent, end));
      lastContent = lines.length - 1;
    }
    at = nl === -1 ? text.length + 1 : nl + 1;
  }
  if (lastContent === -1) return lines.length === 0 ? ['', at] : FAIL;
  // Clip and strip both drop the trailing blank lines; clip keeps one line break.
  const value = lines.slice(0, lastContent + 1).join('\n');
  return [strip ? value : `${value}\n`, at];
}

/** `[a, b, c]` on one line, plain items only. */
function flowList(s: string): Scalar[] | typeof FAIL {
  const end = s.indexOf(']');
  if (end === -1 || !isTail(s.slice(end + 1))) return FAIL;
  const inner = s.slice(1, end);
  if (trimSpaces(inner) === '') return [];
  const items: Scalar[] = [];
  for (const part of inner.split(',')) {
    const item = plain(part, true);
    if (item === FAIL) return FAIL;
    items.push(item);
  }
  return items;
}

/** The frontmatter's value as `yaml.parse(text, { uniqueKeys: true })` gives it, or undefined. */
export function parseFlatFrontmatter(text: string): unknown {
  if (UNUSUAL.test(text)) return undefined;
  const data: Record<string, unknown> = {};
  let keys = 0;
  /** The block list being read, under the last key with an empty value. */
  let list: Scalar[] | null = null;
  let listKey = '';
  let listIndent = -1;
  const endList = (): void => {
    if (list !== null && list.length > 0) data[listKey] = list;
    list = null;
    listIndent = -1;
  };
  let from = 0;
  while (from <= text.length) {
    const nl = text.indexOf('\n', from);
    const line = text.slice(from, nl === -1 ? text.length : nl);
    from = nl === -1 ? text.length + 1 : nl + 1;
    if (trimSpaces(line) === '' || line[0] === '#') continue;
    if (line[0] === ' ' || line[0] === '-') {
      // Only an item of the block list under the last key: `- x` or `  - x`, one indentation.
      if (list === null) return undefined;
      let indent = 0;
      while (line.charCodeAt(indent) === 0x20) indent++;
      if (line[indent] !== '-' || (listIndent !== -1 && indent !== listIndent)) return undefined;
      listIndent = indent;
      const after = line.slice(indent + 1);
      if (trimSpaces(after) === '') {
        list.push(null);
        continue;
      }
      if (after[0] !== ' ') return undefined;
      const item = scalar(trimSpaces(after));
      if (item === FAIL) return undefined;
      list.push(item);
      continue;
    }
    endList();
    const colon = line.indexOf(':');
    if (colon === -1 || colon > MAX_KEY) return undefined;
    const key = line.slice(0, colon);
    if (!KEY.test(key) || ODD_KEY.test(key) || Object.prototype.hasOwnProperty.call(data, key)) return undefined;
    const rest = line.slice(colon + 1);
    if (rest !== '' && rest[0] !== ' ') return undefined;
    const value = trimSpaces(rest);
    keys++;
    if (value === '' || (value[0] === '#' && rest[0] === ' ')) {
      data[key] = null;
      list = [];
      listKey = key;
      continue;
    }
    const literal = value[0] === '|' ? LITERAL.exec(value) : null;
    if (literal !== null) {
      const block = literalBlock(text, from, literal[1] === '-');
      if (block === FAIL) return undefined;
      [data[key], from] = block;
      continue;
    }
    const parsed = value[0] === '[' ? flowList(value) : scalar(value);
    if (parsed === FAIL) return undefined;
    data[key] = parsed;
  }
  endList();
  return keys === 0 ? null : data;
}
