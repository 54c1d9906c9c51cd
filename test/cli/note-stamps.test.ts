/** A note's stamp is the same four numbers however it is taken (by path on a repeat run, from the open file on a read). */
import { closeSync, fstatSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isRacy, newStamps, sameStamp, setStamp, stampPath } from '../../src/cli/vault/note-stamps';

const dir = mkdtempSync(join(tmpdir(), 'followups-stamps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('note stamps', () => {
  it('by path and from the open file agree, and equal statSync', () => {
    const files = [0, 1, 2].map((i) => join(dir, `n${i}.md`));
    files.forEach((f, i) => writeFileSync(f, 'x'.repeat(i * 1000)));
    const byPath = newStamps(files.length);
    const byFd = newStamps(files.length);
    files.forEach((f, i) => {
      stampPath(byPath, i, f);
      const fd = openSync(f, 'r');
      setStamp(byFd, i, fstatSync(fd));
      closeSync(fd);
      expect(sameStamp(byPath, i, byFd, i)).toBe(true);
      const st = statSync(f);
      expect([...byPath.subarray(i * 4, i * 4 + 4)]).toEqual([st.mtimeMs, st.ctimeMs, st.size, st.ino]);
    });
  });

  it('a missing file has no stamp, and matches nothing', () => {
    const s = newStamps(1);
    stampPath(s, 0, join(dir, 'gone.md'));
    expect(sameStamp(s, 0, s, 0)).toBe(false);
  });

  it('racy: changed within the window before the mark, or after it', () => {
    const s = newStamps(3);
    setStamp(s, 0, { mtimeMs: 1000, ctimeMs: 1000, size: 1, ino: 1 });
    setStamp(s, 1, { mtimeMs: 1000, ctimeMs: 9000, size: 1, ino: 1 });
    setStamp(s, 2, { mtimeMs: 20_000, ctimeMs: 20_000, size: 1, ino: 1 });
    expect([0, 1, 2].map((i) => isRacy(s, i, 10_000, 2000))).toEqual([false, true, true]);
  });
});
