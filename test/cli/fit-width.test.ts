import { describe, expect, it } from 'vitest';
import { terminalWidth, truncate, visibleWidth, wrapText } from '../../src/cli/output/fit-width';

describe('wrapText', () => {
  it('wraps at spaces, keeps the indent and indents continuations', () => {
    const line = `    ${'word '.repeat(30).trim()}`;
    const lines = wrapText(line, 40).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(visibleWidth(l)).toBeLessThanOrEqual(40);
    expect(lines[0]?.startsWith('    word')).toBe(true);
    expect(lines[1]?.startsWith('      word')).toBe(true);
    expect(lines.join(' ').replace(/ +/g, ' ').trim()).toBe(line.trim());
  });

  it('keeps the spaces between words that stay on one line, and drops them at a break', () => {
    const line = `  agenda   what is due: overdue, today, this week, later, and notes with problems`;
    expect(wrapText(line, 40).split('\n')).toEqual(['  agenda   what is due: overdue, today,', '           this week, later, and notes', '           with problems']);
    expect(wrapText('1:5  "x"  (blame) why', 12).split('\n')).toEqual(['1:5  "x"', '     (blame)', '     why']);
  });

  it('continues under a label only when the label leaves room', () => {
    const long = `  --a-very-long-option-name  ${'word '.repeat(12).trim()}`;
    expect(wrapText(long, 40).split('\n').slice(1).every((l) => l.startsWith('    word'))).toBe(true);
  });

  it('cuts a word longer than the line and loses no character', () => {
    const long = 'x'.repeat(100);
    const lines = wrapText(`see ${long}`, 30).split('\n');
    for (const l of lines) expect(visibleWidth(l)).toBeLessThanOrEqual(30);
    expect(lines.join('').replace(/ /g, '')).toBe(`see${long}`);
  });

  it('does not count colour codes and leaves short lines alone', () => {
    const red = `\u001b[31m${'a'.repeat(78)}\u001b[39m`;
    expect(wrapText(red, 80)).toBe(red);
    expect(wrapText('short\n\nlines', 80)).toBe('short\n\nlines');
  });
});

describe('truncate and terminalWidth', () => {
  it('truncates with an ellipsis', () => {
    expect(truncate('abcdefgh', 5)).toBe('abcd…');
    expect(truncate('abc', 5)).toBe('abc');
  });
  it('is the terminal width on a TTY, COLUMNS otherwise, else 80', () => {
    expect(terminalWidth({ isTTY: true, columns: 120 }, {})).toBe(120);
    expect(terminalWidth({ isTTY: false }, { COLUMNS: '60' })).toBe(60);
    expect(terminalWidth({}, {})).toBe(80);
    expect(terminalWidth({}, { COLUMNS: 'wide' })).toBe(80);
  });
});
