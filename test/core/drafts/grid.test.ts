/**
 * Mechanical checks (draft-defects.ts) over the whole draft grid (grid.ts): no placeholder
 * leaks, weekday and date words that match the send day, no article or preposition glued into
 * a slot, the topic at most once, no "Re:" subject, every value on one line, no cliché the
 * editor named, and every draft passes the tone check. Also: the slot is the send day.
 */
import { describe, expect, it } from 'vitest';
import { draftDefects } from './draft-defects';
import { grid, type GridCase } from './grid';

function defects(c: GridCase): string[] {
  const { draft: d } = c.details;
  const found = draftDefects({
    subject: d.subject,
    body: d.body,
    language: c.language,
    kind: c.kind,
    sendOn: c.sendOn,
    topic: c.who.expectedTopic?.[c.context] ?? null,
    interests: c.contact.interests,
    greets: c.who.greets,
    hook: d.hook,
  }).map((f) => `${f.category}${f.detail === '' ? '' : `: ${f.detail}`}`);
  if (c.plan.slot?.date !== c.sendOn) found.push(`slot ${c.plan.slot?.date} is not the send day ${c.sendOn}`);
  return found;
}

describe('the draft grid', () => {
  const cases = [...grid()];

  it('covers every context × language × kind × variant × interest shape × name/topic × timing', () => {
    // 2 languages × 4 contexts × 3 kinds × 3 turns × 6 interest shapes × 5 name/topic shapes × 4 timings.
    expect(cases).toHaveLength(2 * 4 * 3 * 3 * 6 * 5 * 4);
    for (const language of ['en', 'sv']) {
      for (const context of ['job', 'sales', 'networking', 'generic']) {
        for (const kind of ['follow-up', 'ask-to-stop', 'check-in']) {
          const variants = new Set(cases.filter((c) => c.language === language && c.context === context && c.kind === kind).map((c) => c.details.variant));
          expect(variants.size, `${language} ${context} ${kind}`).toBe(3);
        }
      }
    }
  });

  it('has no mechanical defect in any draft', { timeout: 120_000 }, () => {
    const found: string[] = [];
    for (const c of cases) {
      for (const why of defects(c)) {
        found.push(`${c.language} ${c.context} ${c.kind} v${c.details.variant} [${c.interests.label} | ${c.who.label} | ${c.timing}]: ${why}\n  ${c.details.draft.subject} / ${c.details.draft.body.replace(/\n+/g, ' ⏎ ')}`);
      }
    }
    expect(found.slice(0, 15).join('\n'), `${found.length} defects`).toBe('');
  });

  it('varies the hook sentence between consecutive drafts, also with one interest', () => {
    const oneInterest = cases.filter((c) => c.interests.label === 'one' && c.who.label === 'title and topic' && c.timing === 'on time');
    for (const c of oneInterest) {
      const next = cases.find((n) => n !== c && n.language === c.language && n.context === c.context && n.kind === c.kind && n.turn === c.turn + 1 && n.interests === c.interests && n.who.label === c.who.label && n.timing === c.timing);
      if (next) expect(next.details.draft.hook).not.toBe(c.details.draft.hook);
    }
  });
});
