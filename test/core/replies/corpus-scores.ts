/** Precision and recall per reply kind, and the share read exactly right. */
import type { ReplyKind } from '../../../src/core/replies';
import { REPLY_KINDS } from '../../../src/core/replies';

export interface KindScore {
  kind: ReplyKind;
  labelled: number;
  precision: number;
  recall: number;
}

export interface Scores {
  perKind: KindScore[];
  accuracy: number;
  total: number;
}

export function score(pairs: Array<{ expected: ReplyKind; got: ReplyKind }>): Scores {
  const perKind = REPLY_KINDS.map((kind) => {
    const labelled = pairs.filter((p) => p.expected === kind).length;
    const predicted = pairs.filter((p) => p.got === kind).length;
    const right = pairs.filter((p) => p.expected === kind && p.got === kind).length;
    return { kind, labelled, precision: predicted === 0 ? 1 : right / predicted, recall: labelled === 0 ? 1 : right / labelled };
  });
  const right = pairs.filter((p) => p.expected === p.got).length;
  return { perKind, accuracy: pairs.length === 0 ? 0 : right / pairs.length, total: pairs.length };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

export function table(scores: Scores): Record<string, Record<string, string | number>> {
  const rows: Record<string, Record<string, string | number>> = {};
  for (const s of scores.perKind) rows[s.kind] = { texts: s.labelled, precision: pct(s.precision), recall: pct(s.recall) };
  rows.overall = { texts: scores.total, precision: pct(scores.accuracy), recall: pct(scores.accuracy) };
  return rows;
}
