/**
 * The fast reader either declines (undefined) or gives exactly `yaml.parse(text, { uniqueKeys:
 * true })`. Checked on random frontmatter built from the shapes contact notes use, salted with
 * the near misses where YAML's rules bite; and it must not decline the ordinary shapes, or it
 * would be a slow path in disguise.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { parseFlatFrontmatter } from '../../../src/core/frontmatter/parse-flat-frontmatter';

const seed = Number(process.env.FUZZ_SEED ?? 20261201);

const yamlValue = (text: string): { value: unknown } | { error: true } => {
  try {
    return { value: parse(text, { uniqueKeys: true }) as unknown };
  } catch {
    return { error: true };
  }
};

const agree = (text: string): void => {
  const flat = parseFlatFrontmatter(text);
  if (flat === undefined) return;
  expect({ value: flat }, JSON.stringify(text)).toEqual(yamlValue(text));
};

const KEYS = ['followup', 'name', 'contacted', 'cadence', 'interests', 'hook', 'x-y', 'a_1', 'Null', 'TRUE', 'y', 'e5', '__proto__', 'k'];
const CLEAN = ['active', 'waiting', 'Jane Doe', '2026-11-04', '2026-11-04 09:10', '2026-11-04T09:10:00+01:00', '1w, 2w', 'weekly then biweekly', '10 days', 'R&D', 'C#', 'hi!', '3', '1.5', 'true', 'null', '~', "'quoted'", '"double"', "'it''s'", '[pizza, jazz]', '[]', 'éåö', '10:30'];
const TRICKY = [
  '', ' ', '#', ' # c', '#c', ': ', ':', 'a: b', 'a:b', 'a #b', 'a#b', '- x', '-', '-1', '-.5', '-x', '--', '?x', '? x', ':x', '!x', '!!str 5', '&a x', '*a', '|', '>', '%x', '@x', '`x',
  '"a\\nb"', '"a', "'a", '"a" x', "'a' #c", '"a"#c', "'a''", '[a, ]', '[, a]', '[a, [b]]', '[a: b]', '[a, b] x', '[a #c]', '[a', '{a: b}', '[a:b]', '["a", b]',
  '010', '0o17', '0x1F', '0b1', '1_000', '1e3', '.inf', '-.Inf', '.NaN', '+12', '-0', '.5', '1.', '08', '12345678901234567890', 'NULL', 'nUll', 'False',
  'a  ', '  a', 'a   b', '...', '---', '\u00a0', 'a\u00a0', '\u0085', '\t', '\r', 'x'.repeat(1100),
];

const value = (pool: string[]) => fc.constantFrom(...pool);
/** Block scalar headers: the literal ones this reader takes, and near misses it must leave to yaml. */
const HEADERS = ['|', '|-', '| # why', '|-   # why', '|  '];
const NEAR_HEADERS = ['|+', '|1', '|-2', '|#c', '|-#c', '| x', '>', '>-', '|\u00a0'];
/** Text of a block scalar's line after its indentation (blank, YAML-looking, …). */
const BODY = ['a', 'a b  ', '# not a comment', 'k: v', '- item', '---', '...', '[x]', '"q"', "'q'", '|', 'éå 🙂', '\u00a0x', ' more', '  more'];
/** A block's lines at indentation `n`: content, blank lines (up to n spaces), and now and then a misfit. */
const blockLines = (n: number) =>
  fc.array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...BODY).map((t) => ' '.repeat(n) + t), weight: 5 },
      { arbitrary: fc.integer({ min: 0, max: n }).map((k) => ' '.repeat(k)), weight: 2 },
      { arbitrary: fc.tuple(fc.integer({ min: 0, max: n + 2 }), fc.constantFrom('', 'x', '# c')).map(([k, t]) => ' '.repeat(k) + t), weight: 1 },
    ),
    { maxLength: 6 },
  );
const block = fc
  .tuple(fc.constantFrom(...KEYS.filter((k) => !['Null', 'TRUE', '__proto__', 'followup', 'tags'].includes(k))), fc.oneof({ arbitrary: fc.constantFrom(...HEADERS), weight: 4 }, { arbitrary: fc.constantFrom(...NEAR_HEADERS), weight: 1 }), fc.integer({ min: 1, max: 4 }))
  .chain(([k, header, n]) => blockLines(n).map((lines) => [`${k}: ${header}`, ...lines].join('\n')));
const line = (pool: string[]) =>
  fc.oneof(
    fc.tuple(fc.constantFrom(...KEYS), value(pool)).map(([k, v]) => `${k}: ${v}`),
    fc.tuple(fc.constantFrom(...KEYS), value(pool)).map(([k, v]) => `${k}:${v}`),
    fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom('', '  ', ' # c'), fc.constantFrom('', ' ', '  ', '    '), fc.array(value(pool), { minLength: 0, maxLength: 3 })).map(
      ([k, after, indent, items]) => [`${k}:${after}`, ...items.map((v) => `${indent}-${v === '' ? '' : ' '}${v}`)].join('\n'),
    ),
    block,
    fc.constantFrom('', '   ', '# comment', '  # indented', '  continued', 'k : v', '"q": v', '? k', '- top'),
  );
const text = (pool: string[]) => fc.array(line(pool), { maxLength: 8 }).map((lines) => lines.join('\n') + '\n');

describe('parseFlatFrontmatter', () => {
  beforeAll(() => vi.spyOn(process, 'emitWarning').mockImplementation(() => {}));
  afterAll(() => vi.restoreAllMocks());

  it('gives what yaml.parse gives, or declines, on random frontmatter with near misses', () => {
    fc.assert(fc.property(text([...CLEAN, ...TRICKY]), agree), { numRuns: 3000, seed });
  });

  it('gives what yaml.parse gives on every tricky value alone, in a list and in a flow list', () => {
    for (const v of [...CLEAN, ...TRICKY]) {
      agree(`k: ${v}\n`);
      agree(`k:\n  - ${v}\n`);
      agree(`k:\n- ${v}\n`);
      agree(`k: [${v}]\n`);
      agree(`k: [x, ${v}]\n`);
    }
  });

  it('reads the ordinary shapes itself, never handing them to yaml', () => {
    const distinct = fc.uniqueArray(fc.constantFrom(...KEYS.filter((k) => !['Null', 'TRUE', '__proto__'].includes(k))), { minLength: 1, maxLength: 6 });
    const note = distinct.chain((keys) =>
      fc.tuple(...keys.map((k) => fc.oneof(value(CLEAN).map((v) => `${k}: ${v}`), fc.array(value(CLEAN.filter((v) => !v.startsWith('['))), { maxLength: 3 }).map((items) => [`${k}:`, ...items.map((v) => `  - ${v}`)].join('\n'))))),
    );
    fc.assert(
      fc.property(note, (lines) => {
        const t = `${lines.join('\n')}\n# a comment\n\n`;
        const flat = parseFlatFrontmatter(t);
        expect(flat, t).not.toBeUndefined();
        expect(flat).toEqual(parse(t, { uniqueKeys: true }));
      }),
      { numRuns: 1000, seed },
    );
  });

  it('gives what yaml.parse gives, or declines, on block scalars of every shape, mid-frontmatter and last', () => {
    const before = fc.array(fc.constantFrom('followup: active', '', '# c', 'tags:\n  - x'), { maxLength: 2 }).map((ls) => [...new Set(ls)]);
    const after = fc.oneof(fc.constantFrom('cadence: 1w', '', '# c', 'list:\n  - x', '  - x'), line(CLEAN));
    const note = fc.tuple(before, block, fc.array(after, { maxLength: 2 }), fc.boolean());
    fc.assert(
      fc.property(note, ([before, b, after, newline]) => {
        const t = [...before, b, ...after].join('\n');
        // As readContactText hands it over (its last line break cut off), and with one.
        agree(newline ? `${t}\n` : t);
        agree(`\n${t}`);
      }),
      { numRuns: 3000, seed },
    );
  });

  it('reads a notes field as a literal block scalar itself, never handing it to yaml', () => {
    const body = fc.array(fc.oneof(fc.constantFrom('', '  '), fc.tuple(fc.constantFrom('  ', '    '), fc.constantFrom(...BODY.filter((t) => t.trim() !== ''))).map(([i, t]) => i + t)), { maxLength: 6 });
    fc.assert(
      fc.property(fc.constantFrom('|', '|-', '| # kept'), fc.constantFrom('  ', '   '), fc.constantFrom(...BODY.filter((t) => t.trim() !== '' && !t.startsWith(' '))), body, (header, indent, first, rest) => {
        const t = `followup: active\nnotes: ${header}\n${indent}${first}\n${rest.map((l) => (l.startsWith('  ') ? indent + l.slice(2) : l)).join('\n')}\nname: Jane\n`;
        const flat = parseFlatFrontmatter(t);
        expect(flat, JSON.stringify(t)).not.toBeUndefined();
        expect(flat).toEqual(parse(t, { uniqueKeys: true }));
      }),
      { numRuns: 1000, seed },
    );
  });

  it('empty and comment-only frontmatter is null, as in yaml', () => {
    for (const t of ['', '\n', '# c\n', '\n\n# c\n   \n']) expect(parseFlatFrontmatter(t)).toEqual(parse(t));
  });
});
