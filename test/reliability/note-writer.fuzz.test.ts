/**
 * Issue 7.1: the note writer under 10,000 generated cases (FUZZ_RUNS), seeded and shrinking.
 * Each case is a harsh note and a chain of product edits; every step is judged on its own:
 * the edited key holds the new value, every other key reads the same, the body is byte for byte
 * (a draft only inserts), and the line endings stay. Refusals must have a reason the design gives.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEdit, splitNote, type NoteEdit } from '../../src/core/note-edit';
import { expectedAfter, readBefore, refusalJustified } from './edit-oracle';
import { harshNote, productEdit } from './harsh-arbitraries';

// Sized for a loaded 2-core CI machine (10,000 took ~170 s there); FUZZ_RUNS=<n> explores more.
const RUNS = Number(process.env.FUZZ_RUNS ?? 3_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

const bareLf = (t: string): boolean => /(^|[^\r])\n/.test(t);

/** The line-ending style of a note must survive any edit. */
function checkLineEndings(before: string, after: string): void {
  if (before.includes('\r\n') && !bareLf(before)) expect(bareLf(after), 'a CRLF note gained a bare LF').toBe(false);
  if (!before.includes('\r')) expect(after.includes('\r'), 'an LF note gained a CR').toBe(false);
}

/** `after` must be `before` with one run of characters inserted, containing the block. */
function checkInsertOnly(before: string, after: string, markdown: string, noteEol: string): void {
  let p = 0;
  while (p < before.length && before[p] === after[p]) p++;
  let s = 0;
  while (s < before.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  expect(p + s, 'the draft changed lines of the old body').toBe(before.length);
  const inserted = after.slice(p, after.length - s);
  // A body without line breaks of its own takes the note's.
  const eol = before.includes('\r\n') ? '\r\n' : before.includes('\n') ? '\n' : noteEol;
  const block = markdown.replace(/\n/g, eol).trimEnd();
  // A body that ends without a break can share its last char with the insert: compare trimmed.
  expect((before.slice(0, p) + inserted + before.slice(before.length - s)).includes(block)).toBe(true);
  expect(before.slice(0, p) + before.slice(before.length - s)).toBe(before);
}

interface Tally {
  steps: number;
  refused: number;
  changed: number;
  drafts: number;
}

function checkStep(text: string, edit: NoteEdit, tally: Tally): string {
  tally.steps++;
  const before = readBefore(text, edit.op === 'append-draft' ? null : edit.key);
  const result = applyEdit(text, edit);
  if (!result.ok) {
    tally.refused++;
    if (!refusalJustified(before, edit, text)) throw new Error(`refused without a reason the design gives: ${result.message}`);
    return text;
  }
  expect(result.changed).toBe(result.text !== text);
  if (result.changed) tally.changed++;
  checkLineEndings(text, result.text);
  const was = splitNote(text);
  const now = splitNote(result.text);
  expect(now.bom).toBe(was.bom);
  if (edit.op === 'append-draft') {
    tally.drafts++;
    expect(now.frontmatter, 'a draft changed the frontmatter').toBe(was.frontmatter);
    if (result.changed) checkInsertOnly(was.body, now.body, edit.block.markdown, was.eol);
    return result.text;
  }
  expect(now.body, 'the body changed').toBe(was.body);
  expect(readBefore(result.text, null).entries, `\`${edit.key}\` or another key reads differently`).toEqual(expectedAfter(before, edit));
  return result.text;
}

describe('note writer fuzz: nothing lost, whatever the note looks like', () => {
  it(`holds for ${RUNS} harsh notes and edit chains (seed ${SEED})`, () => {
    process.stdout.write(`${`note-writer fuzz: ${RUNS} cases, seed ${SEED} (rerun with FUZZ_SEED=${SEED})`}\n`);
    const tally: Tally = { steps: 0, refused: 0, changed: 0, drafts: 0 };
    fc.assert(
      fc.property(harshNote, fc.array(productEdit, { minLength: 1, maxLength: 3 }), (n, edits) => {
        let text = n.text;
        for (const edit of edits) text = checkStep(text, edit, tally);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    process.stdout.write(`${`note-writer fuzz: ${tally.steps} edit steps, ${tally.changed} changed, ${tally.refused} refused (justified), ${tally.drafts} drafts`}\n`);
    // Guards against a vacuous pass: most steps must really edit.
    expect(tally.changed).toBeGreaterThan(tally.steps / 2);
    expect(tally.drafts).toBeGreaterThan(RUNS / 10);
  }, 600_000);
});
