/**
 * A horizontal bar chart as SVG, built with Obsidian's createSvg (no markup strings): one row per
 * group with its label, a bar for the rate and the counts beside it. A group below the minimum
 * count gets an outlined bar at its count's share, no percentage, and "few" beside its counts.
 * Colours are CSS classes over theme variables (styles.css), so light and dark both read well.
 */

export interface ChartRow {
  label: string;
  /** 0..1 of the bar's full length. */
  share: number;
  /** The text beside the bar, e.g. "3 of 10 · 30%". */
  value: string;
  /** Drawn outlined: a small sample, or a count rather than a rate. */
  faint: boolean;
}

const WIDTH = 360;
const ROW = 24;
const LABEL_W = 104;
const BAR_W = 150;
const BAR_H = 14;

export function rateChart(parent: HTMLElement, title: string, rows: readonly ChartRow[]): SVGSVGElement {
  const height = rows.length * ROW + 4;
  const svg = parent.createSvg('svg', {
    cls: 'pp-stats-chart',
    attr: { viewBox: `0 0 ${WIDTH} ${height}`, width: '100%', role: 'img', 'aria-label': title },
  });
  svg.createSvg('title').setText(title);
  rows.forEach((r, i) => {
    const y = i * ROW + 2;
    const g = svg.createSvg('g', { cls: r.faint ? 'pp-stats-row pp-stats-faint' : 'pp-stats-row' });
    g.createSvg('text', { cls: 'pp-stats-label', attr: { x: 0, y: y + ROW / 2, 'dominant-baseline': 'middle' } }).setText(r.label);
    g.createSvg('rect', { cls: 'pp-stats-track', attr: { x: LABEL_W, y: y + (ROW - BAR_H) / 2, width: BAR_W, height: BAR_H, rx: 3 } });
    const w = Math.max(0, Math.min(1, r.share)) * BAR_W;
    if (w > 0) g.createSvg('rect', { cls: 'pp-stats-bar', attr: { x: LABEL_W, y: y + (ROW - BAR_H) / 2, width: w.toFixed(1), height: BAR_H, rx: 3 } });
    g.createSvg('text', { cls: 'pp-stats-value', attr: { x: LABEL_W + BAR_W + 8, y: y + ROW / 2, 'dominant-baseline': 'middle' } }).setText(r.value);
  });
  return svg;
}
