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

/** The scores as aligned text rows: kind, texts, precision, recall. */
export function table(scores: Scores): string[] {
  const row = (cells: Array<string | number>): string => cells.map((c, i) => String(c).padEnd(i === 0 ? 15 : 11)).join('');
  return [
    row(['kind', 'texts', 'precision', 'recall']),
    ...scores.perKind.map((s) => row([s.kind, s.labelled, pct(s.precision), pct(s.recall)])),
    row(['overall', scores.total, pct(scores.accuracy), '(accuracy)']),
  ];
}
