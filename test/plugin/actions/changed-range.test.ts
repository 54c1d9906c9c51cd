import { describe, expect, it } from 'vitest';
import { changedRange } from '../../../src/plugin/actions/changed-range';

const apply = (before: string, after: string): string => {
  const c = changedRange(before, after);
  return before.slice(0, c.from) + c.insert + before.slice(c.to);
};

describe('changedRange', () => {
  it.each([
    ['abc', 'abc'],
    ['', 'x'],
    ['x', ''],
    ['followup: active', 'followup: paused'],
    ['a: [1, 2]\n', 'a: [1, 2, 3]\n'],
    ['aaa', 'aaaa'],
    ['abab', 'ab'],
    ['x😀y', 'x😁y'],
  ])('%j -> %j round-trips', (before, after) => {
    expect(apply(before, after)).toBe(after);
  });

  it('replaces only the differing middle', () => {
    expect(changedRange('followup: active # c', 'followup: paused # c')).toEqual({ from: 10, to: 16, insert: 'paused' });
    expect(changedRange('a: [1]\n', 'a: [1, 2]\n')).toEqual({ from: 5, to: 5, insert: ', 2' });
  });

  it('never splits a surrogate pair', () => {
    const c = changedRange('x😀y', 'x😁y');
    expect(c).toEqual({ from: 1, to: 3, insert: '😁' });
  });
});
