// The example vault's Bases view, Dataview query and property types ask only for properties its
// contact notes have, and its contacts' times are in a form both read as dates.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readNoteText } from '../../src/core/actions';

const VAULT = join(__dirname, '../../examples/vault');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.name.startsWith('.') ? [] : e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : [],
  );
}

/** Every contact note's frontmatter (notes with problems included: their keys exist too). */
const contacts = markdownFiles(VAULT).flatMap((file) => {
  const read = readNoteText(readFileSync(file, 'utf8'), relative(VAULT, file));
  return read.kind === 'contact' ? [{ path: relative(VAULT, file), data: read.data }] : [];
});
const keys = new Set(contacts.flatMap((c) => Object.keys(c.data)));

/** Property names in a Bases or Dataview expression: identifiers that are not calls, members (`.x`), or `words`. */
function propertiesIn(expression: string, words: ReadonlySet<string>): string[] {
  const noStrings = expression.replace(/"[^"]*"|'[^']*'/g, ' ');
  return [...noStrings.matchAll(/(?<![.\w])([A-Za-z_]\w*)\b(?!\s*\()(?!\.)/g)].map((m) => m[1] ?? '').filter((id) => !words.has(id));
}

describe('examples/vault/Follow-ups.base', () => {
  const base = parse(readFileSync(join(VAULT, 'Follow-ups.base'), 'utf8')) as {
    filters: { and: string[] };
    formulas: Record<string, string>;
    views: { type: string; groupBy: { property: string }; order: string[]; sort: { property: string }[] }[];
  };

  it('is a table over notes with followup, grouped by state, with the formula columns', () => {
    expect(base.filters.and).toEqual(['file.hasProperty("followup")']);
    expect(base.views[0]?.type).toBe('table');
    expect(base.views[0]?.groupBy.property).toBe('followup');
    expect(Object.keys(base.formulas)).toEqual(['messages', 'last_contacted']);
  });

  it('asks only for properties the example contacts have, and defines every formula it shows', () => {
    const view = base.views[0];
    const shown = [...(view?.order ?? []), ...(view?.sort ?? []).map((s) => s.property), view?.groupBy.property ?? ''];
    for (const column of shown) {
      if (column.startsWith('formula.')) expect(Object.keys(base.formulas)).toContain(column.slice('formula.'.length));
      else if (!column.startsWith('file.')) expect(keys, column).toContain(column);
    }
    const used = Object.values(base.formulas).flatMap((f) => propertiesIn(f, new Set(['list', 'date', 'length', 'sort', 'reverse'])));
    expect(used).toEqual(['contacted', 'contacted']);
    for (const name of used) expect(keys).toContain(name);
  });
});

describe('examples/vault/Follow-ups (Dataview).md', () => {
  const note = readFileSync(join(VAULT, 'Follow-ups (Dataview).md'), 'utf8');
  const query = /```dataview\n([\s\S]*?)```/.exec(note)?.[1] ?? '';
  const WORDS = new Set(['TABLE', 'WITHOUT', 'ID', 'AS', 'WHERE', 'SORT', 'ASC', 'DESC', 'FROM', 'length', 'max', 'link', 'file']);

  it('asks only for properties the example contacts have', () => {
    const fields = [...new Set(propertiesIn(query.replace(/\bAS\s+\w+/g, 'AS'), WORDS))];
    expect(fields.sort()).toEqual(['contacted', 'context', 'followup', 'snooze', 'topic']);
    for (const field of fields) expect(keys, field).toContain(field);
  });

  it('is not itself a contact note', () => {
    expect(readNoteText(note, 'Follow-ups (Dataview).md').kind).toBe('not-a-contact');
  });
});

describe('examples/vault/.obsidian/types.json', () => {
  const types = (JSON.parse(readFileSync(join(VAULT, '.obsidian/types.json'), 'utf8')) as { types: Record<string, string> }).types;

  it('gives every property of the example contacts an Obsidian type', () => {
    // tags is Obsidian's own (always a list of tags).
    for (const key of keys) if (key !== 'tags') expect(Object.keys(types), key).toContain(key);
    expect(types).toMatchObject({ followup: 'text', contacted: 'multitext', interests: 'multitext', snooze: 'date' });
  });

  it('the example contacts write times as dates Dataview and Bases read (Oskar\'s bad date aside)', () => {
    const items = contacts.filter((c) => !c.path.includes('Oskar')).flatMap((c) => [c.data.contacted ?? []].flat());
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) expect(item).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/);
  });
});
