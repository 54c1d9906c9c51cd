/**
 * Writes new YAML values as text. Plain when that reads back as the very same string (so dates
 * like `2026-11-25 10:05` stay unquoted), quoted otherwise. Conservative on purpose: a value is
 * quoted whenever another YAML reader (1.1 booleans, sexagesimal numbers) might read it differently.
 */
import { parse } from 'yaml';

export type QuoteStyle = 'plain' | 'single' | 'double';

// YAML 1.1 words and number forms that older readers turn into booleans or numbers.
const YAML11_SPECIAL = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|=|<<|[-+]?0b[01_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|[-+]?[0-9][0-9_]*_[0-9_]*)$/;
// Control characters and line/paragraph separators never go into a plain or single-quoted value.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

/** Half of an emoji on its own: only a `\u` escape can carry it. (No lookbehind: old iOS.) */
function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      else return true;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

export function canBePlain(s: string, flow: boolean): boolean {
  if (s === '' || s !== s.trim() || CONTROL.test(s) || hasLoneSurrogate(s)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s)) return false;
  if (s.includes(': ') || s.includes(' #') || s.endsWith(':')) return false;
  if (flow && /[,[\]{}]/.test(s)) return false;
  if (YAML11_SPECIAL.test(s)) return false;
  try {
    return parse(s) === s;
  } catch {
    return false;
  }
}

/** Double-quoted with JSON escapes (valid YAML), plus the breaks YAML or editors treat specially. */
export function doubleQuoted(s: string): string {
  return JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function canBeSingleQuoted(s: string): boolean {
  return !CONTROL.test(s) && !hasLoneSurrogate(s);
}

/**
 * A string as a YAML scalar. `prefer` keeps the quoting the user already chose for this key
 * (when it can hold the new value); new values get plain, else double quotes.
 */
export function renderString(s: string, flow: boolean, prefer: QuoteStyle = 'plain'): string {
  if (prefer === 'single' && canBeSingleQuoted(s)) return `'${s.replace(/'/g, "''")}'`;
  if (prefer === 'double') return doubleQuoted(s);
  if (canBePlain(s, flow)) return s;
  // Single quotes read better for text with `"` or `\` (no escapes needed).
  if (/["\\]/.test(s) && !s.includes("'") && canBeSingleQuoted(s)) return `'${s}'`;
  return doubleQuoted(s);
}

export type ScalarValue = string | number | boolean;

export function renderScalar(value: ScalarValue, flow: boolean, prefer: QuoteStyle = 'plain'): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  return renderString(value, flow, prefer);
}

export function renderFlowList(items: readonly string[]): string {
  return `[${items.map((i) => renderString(i, true)).join(', ')}]`;
}

/** A key for a new `key: value` line. */
export function renderKey(key: string): string {
  return canBePlain(key, false) ? key : renderString(key, false, 'double');
}
