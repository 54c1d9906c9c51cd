/**
 * fast-check generators for contact notes: valid frontmatter in many YAML styles (quoting, flow
 * and block lists, comments, blank lines, nested maps, block scalars), a body full of fence-like
 * lines, CRLF or LF, optional BOM and final newline; and random edits against them.
 */
import fc from 'fast-check';
import type { NoteEdit } from '../../../src/core/note-edit';

export const KEYS = ['followup', 'name', 'contacted', 'cadence', 'topic', 'snooze', 'interests', 'x-custom', 'with space', 'Åsa', 'q: k'];
const EDIT_KEYS = [...KEYS, 'new-key', 'email', 'hooks'];

const word = fc.constantFrom('active', 'Jane Doe', '2026-11-04', '2026-11-04 09:10', '1w, 2w', '42', 'true', '3.5', 'pizza 🍕', 'a#b', 'x-y', 'null');
const listWord = fc.constantFrom('pizza', '2026-11-04 09:10', 'trail running', '7', 'fika ☕', 'a:b');
const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const oneLine = text.filter((s) => !/[\r\n]/.test(s));

const scalar = fc.oneof(
  word,
  text.map((s) => JSON.stringify(s)),
  oneLine.map((s) => `'${s.replace(/'/g, "''")}'`),
  fc.constantFrom('', '~', 'null', 'false', '-12', '1e3'),
);
const flowItem = fc.oneof(listWord, oneLine.map((s) => JSON.stringify(s)));
const flowList = fc.array(flowItem, { maxLength: 4 }).map((items) => `[${items.join(', ')}]`);

/** A value as the text after `key:` and/or the indented lines below it. */
type Value = { inline?: string; lines?: string[] };
const value: fc.Arbitrary<Value> = fc.oneof(
  { weight: 4, arbitrary: scalar.map((inline) => ({ inline })) },
  { weight: 2, arbitrary: flowList.map((inline) => ({ inline })) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('', '  '), fc.array(fc.tuple(flowItem, fc.boolean()), { minLength: 1, maxLength: 4 }))
      .map(([ind, items]) => ({ lines: items.map(([i, c]) => `${ind}- ${i}${c ? ' # item' : ''}`) })),
  },
  { weight: 1, arbitrary: fc.constant<Value>({ lines: ['  city: Oslo', '  zip: "0150"'] }) },
  { weight: 1, arbitrary: fc.constant<Value>({ inline: '|', lines: ['  line one', '  line two'] }) },
);

const entry = fc.record({ value, comment: fc.boolean(), before: fc.constantFrom('', '', '', '# a comment', '') });

const bodyLine = fc.oneof(
  fc.constantFrom('---', '...', '## Follow-ups', '### Draft — follow-up 1 — 2026-11-11 (Wed morning)', '', 'key: value', 'Hälsningar 👋', '## Notes'),
  oneLine,
);

export interface GenNote {
  text: string;
  eol: '\n' | '\r\n';
  bom: string;
  body: string;
}

export const note: fc.Arbitrary<GenNote> = fc
  .record({
    keys: fc.uniqueArray(fc.constantFrom(...KEYS), { maxLength: 8 }),
    entries: fc.array(entry, { minLength: 8, maxLength: 8 }),
    eol: fc.constantFrom('\n' as const, '\r\n' as const),
    bom: fc.constantFrom('', '\uFEFF'),
    hasFrontmatter: fc.nat(9).map((n) => n > 0),
    body: fc.array(bodyLine, { maxLength: 6 }),
    finalBreak: fc.boolean(),
    trailer: fc.constantFrom('', '# end', ''),
  })
  .map((g) => {
    const lines: string[] = [];
    g.keys.forEach((key, i) => {
      const e = g.entries[i];
      if (!e) return;
      if (e.before) lines.push(e.before);
      const k = key.includes(': ') ? JSON.stringify(key) : key;
      const v = e.value;
      const head = v.inline === undefined || v.inline === '' ? `${k}:` : `${k}: ${v.inline}`;
      lines.push(head + (e.comment ? ' # note' : ''));
      lines.push(...(v.lines ?? []));
    });
    if (g.trailer) lines.push(g.trailer);
    const body = g.body.join(g.eol) + (g.body.length > 0 && g.finalBreak ? g.eol : '');
    const fm = lines.map((l) => l + g.eol).join('');
    // A body that starts with a fence line would read as frontmatter: keep it out when there is none.
    const safeBody = !g.hasFrontmatter && /^(---|\.\.\.)/.test(body) ? `x${body}` : body;
    const text = g.hasFrontmatter ? `${g.bom}---${g.eol}${fm}---${g.eol}${safeBody}` : g.bom + safeBody;
    return { text, eol: g.eol, bom: g.bom, body: safeBody };
  });

const editString = fc.oneof(
  fc.constantFrom('2026-11-25 10:05', 'yes', 'null', '', ' lead', 'a: b', '#x', '- x', 'x #y', '[a]', '{a}', 'true', '1e3', '0x1F', '1:20', '@x', "it's", 'say "hi"', '\\', 'multi\nline', 'tab\there', '🍕', '---', '...'),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const editKey = fc.constantFrom(...EDIT_KEYS);
const number = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })).filter((n) => !Object.is(n, -0));

export const edit: fc.Arbitrary<NoteEdit> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), key: editKey, value: fc.oneof(editString, number, fc.boolean(), fc.array(editString, { maxLength: 3 })) }),
  fc.record({ op: fc.constant('append' as const), key: editKey, value: editString }),
  fc.record({ op: fc.constant('delete' as const), key: editKey }),
);
