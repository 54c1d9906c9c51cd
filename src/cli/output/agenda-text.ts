/**
 * The agenda for people: grouped like the plugin's sidebar (Overdue, Today, This week, Later,
 * Not contacted, "Paused, replied or stopped", Problems; the core's GROUP_TITLES), columns aligned, colour only via `paint`.
 */
import { groupOf, type Agenda, type AgendaItem } from '../../core/agenda';
import type { Bucket } from '../../core/types';
import { GROUP_TITLES } from '../../core/words';
import type { Paint, Palette } from './colour';
import { truncate, visibleWidth, wrapText } from './fit-width';
import { dueText, longDay } from './describe-day';
import { showControls as shown } from './terminal-text';

const BUCKETS: readonly { bucket: Bucket; title: string; colour: keyof Palette }[] = [
  { bucket: 'overdue', title: GROUP_TITLES.overdue, colour: 'red' },
  { bucket: 'today', title: GROUP_TITLES.today, colour: 'yellow' },
  { bucket: 'week', title: GROUP_TITLES.week, colour: 'cyan' },
  { bucket: 'later', title: GROUP_TITLES.later, colour: 'bold' },
];

const MAX_NAME = 28;
const INDENT = '  ';

/** Note text is shown escaped (terminal-text.ts) before it is clipped or painted. */
const clip = (raw: string): string => {
  const s = shown(raw);
  return s.length > MAX_NAME ? `${s.slice(0, MAX_NAME - 1)}…` : s;
};

/**
 * Pads plain text into columns first, then paints, so colour codes never break alignment. A row
 * wider than `room` is cut where the room runs out, with an ellipsis (the path goes first).
 */
function columns(cells: readonly [string, Paint][], widths: readonly number[], room: number): string {
  const padded = cells.map(([text], i) => (i < cells.length - 1 ? text.padEnd(widths[i] ?? 0) : text));
  const plainWidth = visibleWidth(padded.join('  ').trimEnd());
  let left = plainWidth > room ? room : Infinity;
  const out: string[] = [];
  for (const [i, text] of padded.entries()) {
    if (left <= 0) break;
    const sep = i === 0 ? '' : '  ';
    const fitted = truncate(sep + text, left);
    left -= visibleWidth(fitted);
    const paint = cells[i]?.[1] ?? ((t: string) => t);
    out.push(fitted.startsWith(sep) ? sep + paint(fitted.slice(sep.length)) : paint(fitted));
  }
  return out.join('').trimEnd();
}

function widthsOf(rows: readonly string[][]): number[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return widths;
}

/**
 * A row as lines: one when it fits; else its last cells (the slot, the note's path the user
 * needs to act on) move to a line of their own below, as few as make the row fit.
 */
function rowLines(cells: readonly [string, Paint][], widths: readonly number[], room: number): string[] {
  const full = columns(cells, widths, room);
  for (let keep = cells.length - 1; keep >= 1 && full.endsWith('…'); keep--) {
    const first = columns(cells.slice(0, keep), widths, room);
    if (first.endsWith('…') && keep > 1) continue;
    const rest = cells.slice(keep).filter(([text]) => text !== '');
    const second = columns(rest, [], room - INDENT.length);
    return second === '' ? [INDENT + first] : [INDENT + first, INDENT + INDENT + second];
  }
  return [INDENT + full];
}

/** The agenda as lines of at most `width` columns: table rows cut, sentences wrapped. */
export function agendaText(agenda: Agenda, p: Palette, width = 80): string {
  const room = width - INDENT.length;
  const { items, problems, today } = agenda;
  const scheduled = items.filter((i) => i.plan.state === 'scheduled');
  const waiting = items.filter((i) => groupOf(i) === 'not-contacted');
  const closed = items.filter((i) => groupOf(i) === 'closed');
  const out: string[] = [p.bold(`Follow-ups for ${longDay(today)}`) + summary(agenda), ''];

  const row = ({ contact, plan }: AgendaItem): string[] => [
    clip(contact.name),
    shown(contact.context),
    `${plan.kind ?? ''} ${plan.step ?? ''}`,
    plan.due === null ? '' : dueText(plan.due, today),
    plan.slot === null ? '' : `send ${plan.slot.part}`,
    shown(contact.path),
  ];
  const widths = widthsOf(scheduled.map(row));
  for (const { bucket, title, colour } of BUCKETS) {
    const group = scheduled.filter((i) => groupOf(i) === bucket);
    if (group.length === 0) continue;
    out.push(p[colour](p.bold(`${title} (${group.length})`)));
    for (const item of group) {
      const cells = row(item);
      out.push(...rowLines(cells.map((c, i) => [c, i === 0 ? p.bold : i === 5 ? p.dim : (s: string) => s]), widths, room));
      out.push(INDENT + INDENT + p.dim(shown(item.plan.why)));
      for (const w of item.plan.warnings) out.push(INDENT + INDENT + p.yellow(`! ${shown(w)}`));
    }
    out.push('');
  }

  const simple = (title: string, group: AgendaItem[], label: (i: AgendaItem) => string): void => {
    if (group.length === 0) return;
    out.push(p.bold(`${title} (${group.length})`));
    const rows = group.map((i) => [clip(i.contact.name), shown(label(i)), shown(i.contact.path)]);
    const w = widthsOf(rows);
    for (const r of rows) out.push(...rowLines([[r[0] ?? '', p.bold], [r[1] ?? '', p.dim], [r[2] ?? '', p.dim]], w, room));
    out.push('');
  };
  simple(GROUP_TITLES['not-contacted'], waiting, (i) => `${i.contact.context}, no message logged yet`);
  simple(GROUP_TITLES.closed, closed, (i) => i.plan.state);

  if (problems.length > 0) {
    out.push(p.red(p.bold(`${GROUP_TITLES.problems} (${problems.length})`)));
    for (const pr of problems) out.push(`${INDENT}${shown(pr.path)}: ${p.bold(shown(pr.key))}: ${shown(pr.message)}`);
    out.push('');
  }
  if (items.length === 0 && problems.length === 0) {
    out.push('No follow-up notes here yet. Add `followup: active` to a note\'s frontmatter to start.', '');
  }
  return wrapText(out.join('\n'), width);
}

function summary({ items, problems }: Agenda): string {
  const count = (b: Bucket): number => items.filter((i) => i.plan.bucket === b).length;
  const parts = [`${count('overdue')} overdue`, `${count('today')} today`, `${count('week')} this week`];
  if (problems.length > 0) parts.push(`${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  return ` — ${parts.join(', ')}`;
}
