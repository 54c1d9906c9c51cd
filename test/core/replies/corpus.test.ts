/**
 * The reply classifier measured on the labelled corpus: precision and recall per kind, on the
 * development texts (tuned against) and, separately, on the held-out texts written before the
 * classifier and never tuned against. Return days are checked on every out-of-office text.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../../../src/core/replies';
import { score, table } from './corpus-scores';
import type { LabelledReply } from './reply-corpus';
import { readCorpusDir } from './reply-corpus';

const FIXTURES = join(__dirname, '../../fixtures/replies');

function run(corpus: LabelledReply[]) {
  const results = corpus.map((c) => ({ c, got: classifyReply(c.text, { today: c.today }) }));
  const misses = results.filter((r) => r.got.kind !== r.c.kind);
  const wrongDays = results.filter((r) => r.c.kind === 'out-of-office' && r.got.kind === 'out-of-office' && r.got.returnDay !== r.c.returnDay);
  return { scores: score(results.map((r) => ({ expected: r.c.kind, got: r.got.kind }))), misses, wrongDays };
}

function report(name: string, r: ReturnType<typeof run>): void {
  const lines = [`\nReply corpus, ${name}: ${r.scores.total} texts`, ...table(r.scores)];
  for (const m of r.misses) {
    lines.push(`  miss ${m.c.file.split('/').slice(-2).join('/')}:${m.c.line} ${m.c.kind} -> ${m.got.kind}: ${m.got.why}`);
  }
  for (const m of r.wrongDays) {
    lines.push(`  return day ${m.c.file.split('/').slice(-2).join('/')}:${m.c.line} expected ${m.c.returnDay ?? 'none'}, got ${m.got.returnDay ?? 'none'}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
const stopScore = (r: ReturnType<typeof run>) => r.scores.perKind.find((s) => s.kind === 'stop');

describe('reply corpus', () => {
  const dev = readCorpusDir(FIXTURES);
  const heldOut = readCorpusDir(join(FIXTURES, 'held-out'));

  it('has at least 300 texts, 100 of them held out, in both languages', () => {
    expect(dev.length + heldOut.length).toBeGreaterThanOrEqual(300);
    expect(heldOut.length).toBeGreaterThanOrEqual(100);
    for (const lang of ['en', 'sv']) expect(dev.filter((c) => c.lang === lang).length).toBeGreaterThanOrEqual(80);
  });

  it('development corpus: stop requests at least 95% precision and recall, 90% overall, return days right', () => {
    const r = run(dev);
    report('development', r);
    const stop = stopScore(r);
    expect(stop?.precision).toBeGreaterThanOrEqual(0.95);
    expect(stop?.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.scores.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(r.wrongDays.length).toBeLessThanOrEqual(1);
  });

  it('held-out corpus (never tuned against): reported, and reasonable (85% overall, stops 90% precision)', () => {
    const r = run(heldOut);
    report('held-out', r);
    expect(r.scores.accuracy).toBeGreaterThanOrEqual(0.85);
    expect(stopScore(r)?.precision).toBeGreaterThanOrEqual(0.9);
  });
});
