/**
 * Harsher notes for the reliability fuzz: the note-edit arbitraries (test/core/note-edit) with
 * extra YAML mixed into their frontmatter (anchors and aliases, deep nesting, block and plain
 * multi-line strings, tags, odd scalars, flow maps) and bodies with fences, emoji, lone `---`.
 */
import fc from 'fast-check';
import { renderDraftBlock, type DraftBlock } from '../../src/core/drafts/draft-block';
import { logSent, setCadence, setState, snoozeUntil, type NoteEdit } from '../../src/core/note-edit';
import { note, type GenNote } from '../core/note-edit/note-arbitraries';

/** Each entry is whole lines; keys never clash with the base arbitraries' keys. */
const HARSH_ENTRIES: readonly (readonly string[])[] = [
  ['h-anchor: &a1 shared value', 'h-alias: *a1'],
  ['h-list-anchor: &l1', '  - one', '  - two', 'h-list-alias: *l1'],
  ['h-deep:', '  a:', '    b:', '      c:', '        d: [1, {e: f}]'],
  ['h-folded: >-', '  folded line one', '  folded line two'],
  ['h-literal: |+', '  keep', '', '  trailing'],
  ['h-plain: first line', '  continues here'],
  ['h-odd: .inf', 'h-nan: .NaN', 'h-octal: 0o17', 'h-hex: 0x1F', 'h-under: 1_000', 'h-yes: yes'],
  ['h-bad-day: 2026-02-30', 'h-year-1: 0001-01-01', 'h-year-9999: 9999-12-31 23:59'],
  ['h-tag: !!str 42', 'h-binary: !!binary aGVsbG8='],
  ['h-flow-map: {a: 1, b: [x, "y: z"]}'],
  ['h-list-maps:', '  - a: 1', '    b: 2', '  - c: 3'],
  ['# a comment line', 'h-after-comment: x # trailing', '   # indented comment'],
  ['h-emoji: "🍕 \\u00e9\\t tab"', "h-single: 'it''s ---'"],
  ['h-empty-list: []', 'h-empty-map: {}', 'h-null: ~'],
  ['h-time: 12:30:00', 'h-sexagesimal: 190:20:30'],
  ['"h quoted key": 1', "'h-single-key': 2"],
];

/** Contact keys holding an anchored value, added only when the note lacks that key. */
const ANCHORED_TARGETS: readonly { key: string; lines: readonly string[] }[] = [
  { key: 'cadence', lines: ['cadence: &cad 1w, 2w', 'h-cadence-copy: *cad'] },
  { key: 'snooze', lines: ['snooze: &sn 2026-12-01'] },
  { key: 'contacted', lines: ['contacted: &c1', '  - 2026-11-04', 'h-contacted-copy: *c1'] },
  { key: 'followup', lines: ['followup: !!str active'] },
  { key: 'contacted', lines: ['contacted: |', '  2026-11-04'] },
  { key: 'snooze', lines: ['snooze:', '  until: 2026-12-01'] },
];

const hasKey = (frontmatterText: string, key: string): boolean => new RegExp(`^["']?${key}["']?\\s*:`, 'm').test(frontmatterText);

export const harshNote: fc.Arbitrary<GenNote> = fc
  .record({
    base: note,
    extra: fc.subarray([...HARSH_ENTRIES], { maxLength: 5 }),
    target: fc.option(fc.constantFrom(...ANCHORED_TARGETS), { nil: undefined, freq: 3 }),
    at: fc.nat(100),
  })
  .map(({ base, extra, target, at }) => {
    const open = `---${base.eol}`;
    const start = base.bom.length;
    if (!base.text.startsWith(open, start)) return base; // no frontmatter: keep the base note
    const fmEnd = base.text.length - base.body.length;
    const lines = extra.flat();
    if (target && !hasKey(base.text.slice(start, fmEnd), target.key)) lines.push(...target.lines);
    if (lines.length === 0) return base;
    const head = base.text.slice(0, start + open.length);
    const rest = base.text.slice(start + open.length);
    // Put the extra block at the top or at the end of the YAML; both must survive.
    const block = lines.map((l) => l + base.eol).join('');
    const closeAt = rest.length - base.body.length - closingFenceLength(rest.slice(0, rest.length - base.body.length));
    const text = at % 2 === 0 ? head + block + rest : head + rest.slice(0, closeAt) + block + rest.slice(closeAt);
    return { ...base, text };
  });

function closingFenceLength(frontAndClose: string): number {
  const m = /(?:^|\n)(---[^\n]*\n?)$/.exec(frontAndClose);
  return m?.[1]?.length ?? 0;
}

const two = (n: number): string => String(n).padStart(2, '0');
const validDay = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const at = fc.tuple(validDay, fc.nat(23), fc.nat(59)).map(([d, h, m]) => `${d} ${two(h)}:${two(m)}`);
const cadence = fc.constantFrom('1w, 1w, 2w', '2w', '10d, 3 weeks', 'weekly then biweekly', 'monthly');
const draftText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('Hi Jane,\r\n\r\n---\r\nThanks 🍕', '## Follow-ups\n### x', '```\n# not a heading\n```'));

export const draftBlock: fc.Arbitrary<DraftBlock> = fc
  .record({ subject: fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, ' ')), body: draftText, step: fc.integer({ min: 1, max: 9 }), day: validDay, weekday: fc.nat(6), part: fc.constantFrom('morning' as const, 'midday' as const, 'afternoon' as const) })
  .map((d) => renderDraftBlock({ subject: d.subject, body: d.body, kind: 'follow-up', step: d.step, language: 'en', hook: null }, d.day, d.weekday, d.part));

/** The edits the product makes: log sent, stop (and other states), snooze, cadence, a draft. */
export const productEdit: fc.Arbitrary<NoteEdit> = fc.oneof(
  at.map((a) => logSent(a)),
  fc.constantFrom('stopped' as const, 'active' as const, 'paused' as const, 'replied' as const).map((s) => setState(s)),
  fc.option(validDay, { nil: null, freq: 4 }).map((d) => snoozeUntil(d)),
  cadence.map((c) => setCadence(c)),
  draftBlock.map((block): NoteEdit => ({ op: 'append-draft', block })),
);
