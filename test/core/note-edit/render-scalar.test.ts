import { describe, it, expect } from 'vitest';
import { parse } from 'yaml';
import { renderKey, renderScalar, renderString } from '../../../src/core/note-edit/render-scalar';

describe('new values: plain when that reads back the same, else quoted', () => {
  it.each([
    ['2026-11-25 10:05', '2026-11-25 10:05'],
    ['2026-11-25', '2026-11-25'],
    ['2026-11-25T10:05:00+01:00', '2026-11-25T10:05:00+01:00'],
    ['Jane Doe', 'Jane Doe'],
    ['1w, 1w, 2w', '1w, 1w, 2w'],
    ['weekly then biweekly', 'weekly then biweekly'],
    ['Åsa 🍕', 'Åsa 🍕'],
    ['42', '"42"'],
    ['true', '"true"'],
    ['yes', '"yes"'],
    ['null', '"null"'],
    ['', '""'],
    ['a: b', '"a: b"'],
    ['x #y', '"x #y"'],
    ['- x', '"- x"'],
    ['1:20', '"1:20"'],
    ['say "hi"', 'say "hi"'],
    ["it's", "it's"],
    ['"hi" she said', `'"hi" she said'`],
    ["'tis", `"'tis"`],
    ['C:\\notes', 'C:\\notes'],
    ['\\x: y', `'\\x: y'`],
    ['two\nlines', '"two\\nlines"'],
  ])('%j -> %s', (value, text) => {
    expect(renderString(value, false)).toBe(text);
    expect(parse(`k: ${text}`)).toEqual({ k: value });
  });

  it('in a flow list, commas and brackets need quotes', () => {
    expect(renderString('1w, 2w', true)).toBe('"1w, 2w"');
    expect(renderString('[a]', true)).toBe('"[a]"');
    expect(renderString('2026-11-25 10:05', true)).toBe('2026-11-25 10:05');
  });

  it('keeps the quote style asked for', () => {
    expect(renderString('replied', false, 'single')).toBe(`'replied'`);
    expect(renderString("O'Neil", false, 'single')).toBe(`'O''Neil'`);
    expect(renderString('replied', false, 'double')).toBe('"replied"');
  });

  it('numbers, booleans and keys', () => {
    expect(renderScalar(7, false)).toBe('7');
    expect(renderScalar(false, false)).toBe('false');
    expect(renderKey('snooze')).toBe('snooze');
    expect(renderKey('a: b')).toBe('"a: b"');
  });
});
