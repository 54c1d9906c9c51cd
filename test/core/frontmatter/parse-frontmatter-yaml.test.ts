/**
 * The fast frontmatter parser must give exactly what `yaml.parse(text, { uniqueKeys: true })`
 * gives (the writer's parser): the same value, or the same error. Checked on tricky scalars, on
 * every frontmatter in the test fixtures, and on random YAML-like text.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { parseFrontmatterYaml } from '../../../src/core/frontmatter/parse-frontmatter-yaml';
import { splitNote } from '../../../src/core/note-edit/split-note';

type Outcome = { value: unknown } | { error: string };
const outcome = (f: () => unknown): Outcome => {
  try {
    return { value: f() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
};
const agree = (text: string): void => {
  expect(outcome(() => parseFrontmatterYaml(text)), JSON.stringify(text)).toEqual(outcome(() => parse(text, { uniqueKeys: true }) as unknown));
};

const SCALARS = [
  '010', '0o17', '0x1F', '0X1F', '0b101', '1_000', '1:30', '190:20:30', '1:30.5', '+12', '-0', '.5', '+.5', '-.5', '1.', '08', '09.5',
  '1e3', '1E-3', '.inf', '-.Inf', '+.INF', '.NaN', '.nan', '12345678901234567890', '+0x1F', '-0x1F', '0.1_0', '1_0.5',
  '~', 'null', 'Null', 'NULL', 'nUll', 'true', 'True', 'TRUE', 'tRue', 'yes', 'no', 'on', 'off', 'y', '',
  "'\n'", '"a\n b"', '2026-11-04', '2026-11-04 09:10', '2026-11-04T09:10:00Z', '!!int "5"', '!!str 5', '!!timestamp 2026-01-01', '!!binary aGk=', '"a\\x41"', "'it''s'",
];

describe('parseFrontmatterYaml agrees with yaml.parse', () => {
  // `yaml` warns on process for every unknown tag the random texts make up: thousands of lines.
  beforeAll(() => vi.spyOn(process, 'emitWarning').mockImplementation(() => {}));
  afterAll(() => vi.restoreAllMocks());

  it.each(SCALARS)('the scalar %j, alone, in a map, and in lists', (s) => {
    agree(s);
    agree(`k: ${s}\n`);
    agree(`k: [${s}, x]\n`);
    agree(`k:\n  - ${s}\n`);
  });

  it('on every frontmatter in the fixtures', () => {
    const root = join(__dirname, '../../fixtures');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const parts = splitNote(readFileSync(join(root, file), 'utf8'));
      if (parts.frontmatter !== null) agree(parts.frontmatter.replace(/\r\n/g, '\n'));
    }
  });

  it('on random YAML-like text', () => {
    const piece = fc.constantFrom(
      'a', 'followup', 'b c', ':', ': ', '-', '- ', ' ', '  ', '\n', '\t', '#', ' #x', '"', "'", '[', ']', '{', '}', ',', '?', '|', '>', '!', '!!str ',
      '%', '@', '`', '\\', '...', '---', '0', '1', '10:30', '0o7', '1_0', '.5', 'true', '~', '2026-11-04', '\u00e9', '\ufeff', '\r',
    );
    // Seeded so CI is reproducible; FUZZ_SEED=<n> explores other texts.
    const seed = Number(process.env.FUZZ_SEED ?? 20261125);
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => agree(pieces.join(''))), { numRuns: 4000, seed });
  }, 120_000);
});
