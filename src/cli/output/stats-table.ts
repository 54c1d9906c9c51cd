/** `followups stats` as plain text: one table per breakdown, counts beside every rate. */
import { describeRate, type FollowUpStats, type RateRow } from '../../core/stats/follow-up-stats';
import type { Palette } from './colour';

function table(title: string, rows: readonly RateRow[], p: Palette): string[] {
  const shown = rows.filter((r) => r.sent > 0);
  if (shown.length === 0) return [];
  const width = Math.max(...shown.map((r) => r.label.length));
  return [p.bold(title), ...shown.map((r) => `  ${r.label.padEnd(width)}  ${r.rate === null ? p.dim(describeRate(r)) : describeRate(r)}`), ''];
}

export function statsText(s: FollowUpStats, p: Palette): string {
  if (s.sent === 0) return 'No messages logged yet: stats start with the first `contacted` date.\n';
  const lines = [
    `${s.contacts} ${s.contacts === 1 ? 'contact' : 'contacts'}, ${s.sent} ${s.sent === 1 ? 'message' : 'messages'}, ${s.replies} ${s.replies === 1 ? 'reply' : 'replies'}.`,
    p.dim(`Replies per message sent; no percentage below ${s.minCount} messages.`),
    '',
    ...table('By attempt', s.byAttempt, p),
    ...table('By weekday', s.byWeekday, p),
    ...table('By part of day', s.byPart, p),
    ...table('By context', s.byContext, p),
  ];
  const t = s.timeToReply;
  if (t.known > 0) {
    lines.push(p.bold('Time to reply'), `  median ${t.medianDays} ${t.medianDays === 1 ? 'day' : 'days'} over ${t.known} ${t.known === 1 ? 'reply' : 'replies'}`);
    const width = Math.max(...t.buckets.map((b) => b.label.length));
    for (const b of t.buckets) lines.push(`  ${b.label.padEnd(width)}  ${b.count}`);
    lines.push('');
  }
  const a = s.afterAskToStop;
  lines.push(
    p.bold('After asking whether to stop'),
    a.asked === 0 ? '  nobody has been asked yet' : `  ${a.answered} of ${a.asked} contacts asked answered only then or later`,
    '',
  );
  return lines.join('\n');
}
