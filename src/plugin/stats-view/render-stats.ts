/** The stats view's content: a chart per breakdown, time to reply, and the ask-to-stop answer. */
import type { FollowUpStats, RateRow } from '../../core/stats/follow-up-stats';
import { rateChart, type ChartRow } from './rate-chart';

function rateRows(rows: readonly RateRow[]): ChartRow[] {
  return rows
    .filter((r) => r.sent > 0)
    .map((r) => ({
      label: r.label,
      share: r.rate ?? r.replies / r.sent,
      value: r.rate === null ? `${r.replies} of ${r.sent} · few` : `${r.replies} of ${r.sent} · ${Math.round(r.rate * 100)}%`,
      faint: r.rate === null,
    }));
}

function section(el: HTMLElement, title: string, rows: ChartRow[]): void {
  if (rows.length === 0) return;
  const box = el.createDiv({ cls: 'pp-stats-section' });
  box.createEl('h4', { text: title, cls: 'pp-stats-heading' });
  rateChart(box, title, rows);
}

export function renderStats(el: HTMLElement, s: FollowUpStats): void {
  el.empty();
  if (s.sent === 0) {
    el.createDiv({ cls: 'pp-stats-empty', text: 'No messages logged yet. Stats start with the first date in contacted.' });
    return;
  }
  el.createDiv({
    cls: 'pp-stats-summary',
    text: `${s.contacts} ${s.contacts === 1 ? 'contact' : 'contacts'}, ${s.sent} ${s.sent === 1 ? 'message' : 'messages'}, ${s.replies} ${s.replies === 1 ? 'reply' : 'replies'}.`,
  });
  el.createDiv({ cls: 'pp-stats-note', text: `Replies per message sent. Fewer than ${s.minCount} messages show counts only, marked "few".` });
  section(el, 'Reply rate by attempt', rateRows(s.byAttempt));
  section(el, 'By weekday', rateRows(s.byWeekday));
  section(el, 'By part of day', rateRows(s.byPart));
  section(el, 'By context', rateRows(s.byContext));

  const t = s.timeToReply;
  if (t.known > 0) {
    const most = Math.max(...t.buckets.map((b) => b.count));
    section(
      el,
      `Time to reply (median ${t.medianDays} ${t.medianDays === 1 ? 'day' : 'days'})`,
      t.buckets.map((b) => ({ label: b.label, share: most === 0 ? 0 : b.count / most, value: String(b.count), faint: false })),
    );
  }
  const a = s.afterAskToStop;
  const box = el.createDiv({ cls: 'pp-stats-section' });
  box.createEl('h4', { text: 'After asking whether to stop', cls: 'pp-stats-heading' });
  box.createDiv({
    cls: 'pp-stats-ask',
    text: a.asked === 0 ? 'Nobody has been asked yet.' : `${a.answered} of ${a.asked} contacts who were asked answered only then or later.`,
  });
}
