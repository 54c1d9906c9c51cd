// followUpStats on real note text: a generated history (the stats equal the generator's own
// tallies) and small hand-made cases (attribution, small samples, the ask-to-stop count).
import { describe, expect, it } from 'vitest';
import { readNoteText } from '../../../src/core/actions';
import { describeRate, followUpStats, type RateRow } from '../../../src/core/stats/follow-up-stats';
import type { Contact } from '../../../src/core/types';
import { contact } from '../builders';
import { generateHistory, type TruthMessage } from './history-generator';

function contactsOf(notes: Array<{ path: string; text: string }>): Contact[] {
  return notes.map(({ path, text }) => {
    const read = readNoteText(text, path);
    if (read.kind !== 'contact') throw new Error(`${path} did not read as a contact: ${JSON.stringify(read)}`);
    return read.contact;
  });
}

/** The generator's truth grouped by one field: label -> [sent, replies]. */
function truthBy(truth: readonly TruthMessage[], field: keyof TruthMessage): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const m of truth) {
    const k = String(m[field]);
    const c = out.get(k) ?? [0, 0];
    c[0] += 1;
    if (m.answered) c[1] += 1;
    out.set(k, c);
  }
  return out;
}

function asMap(rows: readonly RateRow[]): Map<string, [number, number]> {
  return new Map(rows.filter((r) => r.sent > 0).map((r) => [r.label, [r.sent, r.replies]]));
}

describe('followUpStats on a generated history', () => {
  const history = generateHistory(400, 20261201);
  const stats = followUpStats(contactsOf(history.notes), 3);
  const truth = history.truth;

  it('counts every message and reply the generator made, and no message after a reply', () => {
    expect(stats.contacts).toBe(400);
    expect(stats.sent).toBe(truth.length);
    expect(stats.replies).toBe(truth.filter((m) => m.answered).length);
    expect(stats.replies).toBeGreaterThan(100);
  });

  it('equals the generator by attempt, weekday, part of day and context', () => {
    expect(asMap(stats.byAttempt)).toEqual(truthBy(truth, 'attempt'));
    expect(asMap(stats.byWeekday)).toEqual(truthBy(truth, 'weekday'));
    expect(asMap(stats.byPart)).toEqual(truthBy(truth, 'part'));
    const byContext = new Map([...truthBy(truth, 'context')].map(([k, v]) => [k[0]?.toUpperCase() + k.slice(1), v]));
    expect(asMap(stats.byContext)).toEqual(byContext);
  });

  it('gives rates as replies over sent, and the contexts differ as the generator made them', () => {
    for (const r of [...stats.byAttempt, ...stats.byContext]) {
      if (r.sent >= 5) expect(r.rate).toBeCloseTo(r.replies / r.sent, 12);
    }
    const rate = (label: string): number => stats.byContext.find((r) => r.label === label)?.rate ?? Number.NaN;
    expect(rate('Networking')).toBeGreaterThan(rate('Job'));
    expect(rate('Job')).toBeGreaterThan(rate('Sales'));
  });

  it('equals the generator on time to reply and on answers after asking whether to stop', () => {
    const waits = truth.flatMap((m) => (m.waitDays === null ? [] : [m.waitDays]));
    expect(stats.timeToReply.known).toBe(waits.length);
    const sameDay = waits.filter((w) => w === 0).length;
    expect(stats.timeToReply.buckets.map((b) => b.count)).toEqual([sameDay, waits.filter((w) => w >= 1 && w <= 2).length, waits.filter((w) => w >= 3).length, 0, 0]);
    expect(stats.afterAskToStop).toEqual({ asked: history.asked, answered: history.answeredAfterAsking });
  });
});

describe('followUpStats by hand', () => {
  it('attributes a reply to the last message on or before its day', () => {
    const c = { ...contact('A.md').state('replied').contacted('2026-11-02 09:00', '2026-11-09 15:00', '2026-11-16 12:00').build(), replied: '2026-11-15' };
    const s = followUpStats([c], 3, 1);
    expect(s.byAttempt.slice(0, 3).map((r) => [r.label, r.sent, r.replies])).toEqual([
      ['1st message', 1, 0],
      ['Follow-up 1', 1, 1],
      ['Follow-up 2', 0, 0],
    ]);
    expect(s.sent).toBe(2);
    expect(s.timeToReply.medianDays).toBe(6);
    expect(s.byPart.map((r) => [r.key, r.sent, r.replies])).toEqual([['morning', 1, 0], ['midday', 0, 0], ['afternoon', 1, 1]]);
    expect(s.byWeekday[0]).toMatchObject({ label: 'Monday', sent: 2, replies: 1 });
  });

  it('counts a same-day reply, and a replied note without a day as an answer to its last message', () => {
    const sameDay = { ...contact('A.md').contacted('2026-11-02 09:00').build(), replied: '2026-11-02' };
    const noDay = contact('B.md').state('replied').contacted('2026-11-02', '2026-11-09').build();
    const s = followUpStats([sameDay, noDay], 3, 1);
    expect(s.replies).toBe(2);
    expect(s.timeToReply).toMatchObject({ known: 1, medianDays: 0 });
    expect(s.byPart.find((r) => r.key === 'unknown')).toMatchObject({ sent: 2, replies: 1 });
  });

  it('ignores a reply dated before every message, and contacts never written to', () => {
    const early = { ...contact('A.md').contacted('2026-11-02').build(), replied: '2026-10-01' };
    const s = followUpStats([early, contact('B.md').build()], 3);
    expect(s).toMatchObject({ contacts: 1, sent: 1, replies: 0 });
  });

  it('shows no rate below the minimum count, and counts beside it', () => {
    const four = [1, 2, 3, 4].map((i) => ({ ...contact(`C${i}.md`).contacted('2026-11-02').build(), replied: i === 1 ? '2026-11-03' : null }));
    const first = followUpStats(four, 3).byAttempt[0];
    expect(first).toMatchObject({ sent: 4, replies: 1, rate: null });
    expect(describeRate(first!)).toBe('1 of 4');
    const five = [...four, contact('C5.md').contacted('2026-11-02').build()];
    const again = followUpStats(five, 3).byAttempt[0];
    expect(again?.rate).toBe(0.2);
    expect(describeRate(again!)).toBe('1 of 5 (20%)');
  });

  it('counts who answered only after being asked whether to stop, with askAfter from the settings', () => {
    const days = ['2026-09-01', '2026-09-08', '2026-09-15', '2026-09-29', '2026-10-13', '2026-10-27'];
    const late = { ...contact('A.md').contacted(...days.slice(0, 5)).build(), replied: '2026-10-14' };
    const asked = contact('B.md').contacted(...days).build();
    const early = { ...contact('C.md').contacted(...days.slice(0, 3)).build(), replied: '2026-09-16' };
    expect(followUpStats([late, asked, early], 3).afterAskToStop).toEqual({ asked: 2, answered: 1 });
    const s = followUpStats([late, asked, early], 1, 1);
    expect(s.afterAskToStop).toEqual({ asked: 3, answered: 2 });
    expect(s.byAttempt.map((r) => r.label)).toEqual(['1st message', 'Follow-up 1', 'Ask to stop', 'Check-ins']);
    expect(s.byAttempt.map((r) => r.sent)).toEqual([3, 3, 3, 5]);
  });
});
