/**
 * A reading thread's parts as one buffer and an index: every range must give back exactly the
 * part's UTF-8, however many parts (the buffer grows), whatever their characters, and the writer
 * must notice any part the terminal guard would change.
 */
import { describe, expect, it } from 'vitest';
import { PartsWriter } from '../../../src/cli/vault/rendered-parts';

const text = (bytes: Uint8Array, start: number, end: number): string => Buffer.from(bytes.subarray(start, end)).toString('utf8');

describe('PartsWriter', () => {
  it('gives back every item and problem by its range, in order, across many growths of its buffer', () => {
    const writer = new PartsWriter();
    const expected: string[] = [];
    // Names in three scripts and an emoji (4 UTF-8 bytes, 2 UTF-16 units): ~6 MB in all.
    // The first part is 90 KB of UTF-8 in 30k UTF-16 units: more than the buffer's first size.
    const names = ['Ann', 'Åsa Öberg', '山田 花子', 'Zoë 🙂'];
    for (let at = 0; at < 5000; at++) {
      const name = names[at % names.length] as string;
      const pad = at === 0 ? '山'.repeat(30_000) : 'x'.repeat(at % 1200);
      const json = `    {\n      "name": ${JSON.stringify(name)},\n      "pad": "${pad}"\n    }`;
      expected.push(json);
      writer.add(at, { item: [at % 3 === 0 ? null : '2026-12-01', name.toLowerCase(), json], problems: at % 7 === 0 ? [[`p/${at}.md`, `problem ${at}`]] : [] });
      writer.add(at, null);
    }
    const out = writer.done();
    expect(out.items).toHaveLength(5000);
    out.items.forEach(([at, due, name, start, end], k) => {
      expect(at).toBe(k);
      expect(due).toBe(k % 3 === 0 ? null : '2026-12-01');
      expect(name).toBe((names[k % names.length] as string).toLowerCase());
      expect(text(out.bytes, start, end)).toBe(expected[k]);
    });
    expect(out.problems.map(([at, path, start, end]) => [at, path, text(out.bytes, start, end)])).toEqual(
      Array.from({ length: 715 }, (_, k) => [k * 7, `p/${k * 7}.md`, `problem ${k * 7}`]),
    );
    expect(out.bytes.length).toBe(expected.reduce((n, json) => n + Buffer.byteLength(json), 0) + out.problems.reduce((n, [, , s, e]) => n + e - s, 0));
    expect(out.safe).toBe(true);
  });

  it('marks its parts unsafe when one holds a control character, whether an item or a problem', () => {
    const item = new PartsWriter();
    item.add(0, { item: ['2026-12-01', 'a', '"plain"'], problems: [] });
    item.add(1, { item: ['2026-12-01', 'b', '"\u001b[2Jcleared"'], problems: [] });
    expect(item.done().safe).toBe(false);
    const problem = new PartsWriter();
    problem.add(0, { item: null, problems: [['p.md', '"bidi \u202e"']] });
    expect(problem.done().safe).toBe(false);
    const tabs = new PartsWriter();
    tabs.add(0, { item: ['2026-12-01', 'c', '"a\tb"\r\n'], problems: [] });
    expect(tabs.done().safe).toBe(true);
  });
});
