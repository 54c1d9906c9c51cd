/**
 * Light and dark screenshots of the sidebar (400×800) and the agenda block, written to the
 * ignored .output/ folder as artifacts (the tracked __screenshots__/ are the README's pictures,
 * refreshed by hand: copy from .output/ when the look changes on purpose), and the text in them checked for contrast two ways: computed
 * colours against the effective background (every text element), and the screenshot's pixels.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHarness, useBrowser, VIEWPORT } from './harness/browser';
import { inkOnPaper } from './harness/pixels';
import { measureContrast } from './harness/measure';
import type { Measured } from './harness/measure';
import { rowOf, sidebar } from './harness/sidebar';

const context = useBrowser();
const OUT = join(__dirname, '.output');
mkdirSync(OUT, { recursive: true });

const ROW_TEXT = ['.pp-row-name', '.pp-row-context', '.pp-row-step', '.pp-row-due', '.pp-row-slot', '.pp-row-why-toggle', '.pp-problem-message'];
const HEADER_TEXT = ['.pp-group-title', '.pp-group-count'];
const BLOCK_TEXT = ['.pp-agenda-title', '.pp-agenda-item a', '.pp-agenda-meta', '.pp-agenda-due', '.pp-agenda-slot', '.pp-agenda-problems'];
const AA = 4.5;

/**
 * Obsidian's own internal-link colour, which the block uses on purpose to look like any other
 * link (not set by styles.css).
 */
const KNOWN_LOW = ({ what }: Measured): boolean => what.includes('internal-link');
const describe1 = (m: Measured): string => `${m.what} "${m.text}" ${m.color} on ${m.background}: ${m.ratio.toFixed(2)}`;

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
  it('writes the sidebar and agenda block screenshots', async () => {
    const { page, errors } = await openHarness(context(), theme);
    const png = await sidebar(page).screenshot({ path: join(OUT, `sidebar-${theme}.png`) });
    expect(png.length).toBeGreaterThan(10_000);
    const box = await sidebar(page).boundingBox();
    expect(box).toEqual({ x: 0, y: 0, ...VIEWPORT });
    await page.locator('#note').screenshot({ path: join(OUT, `agenda-block-${theme}.png`) });
    expect(errors).toEqual([]);
  });

  it('lays rows out within the 400px sidebar, nothing overlapping or cut off', async () => {
    const { page } = await openHarness(context(), theme);
    const problems = await page.evaluate(() => {
      const out: string[] = [];
      const view = document.querySelector('#sidebar .view-content');
      if (!view) return ['no view'];
      if (view.scrollWidth > view.clientWidth) out.push(`scrolls sideways: ${view.scrollWidth} > ${view.clientWidth}`);
      for (const row of Array.from(view.querySelectorAll('.pp-row'))) {
        const kids = Array.from(row.querySelectorAll('.pp-row-head, .pp-row-meta, .pp-row-actions')).map((k) => k.getBoundingClientRect());
        for (let i = 1; i < kids.length; i++) {
          const [a, b] = [kids[i - 1], kids[i]];
          if (a && b && b.top < a.bottom - 0.5) out.push(`overlap in ${row.textContent ?? ''}`);
        }
      }
      return out;
    });
    expect(problems).toEqual([]);
  });

  it(`row text reaches ${AA}:1 against its background: computed colours and screenshot pixels`, async () => {
    const { page } = await openHarness(context(), theme);
    const rows = await measureContrast(page, '#sidebar', ROW_TEXT.join(', '));
    const headers = await measureContrast(page, '#sidebar', HEADER_TEXT.join(', '));
    const block = await measureContrast(page, '#note', BLOCK_TEXT.join(', '));
    const png = await page.screenshot({ type: 'png' });
    const pixels: Record<string, string> = {};
    for (const part of ['.pp-row-name', '.pp-row-context', '.pp-row-step']) {
      const box = await rowOf(page, 'Maria Santos').locator(part).boundingBox();
      if (!box) throw new Error(`no ${part}`);
      const { ratio, ink, background } = await inkOnPaper(context(), png, box);
      pixels[part] = `ink rgb(${ink.r}, ${ink.g}, ${ink.b}) on rgb(${background.r}, ${background.g}, ${background.b}): ${ratio.toFixed(2)}`;
      expect(ratio, `${part} pixels`).toBeGreaterThanOrEqual(AA);
    }
    const all = [...rows, ...headers, ...block];
    const report = { computed: summarise(all), pixels };
    writeFileSync(join(OUT, `contrast-${theme}.json`), `${JSON.stringify(report, null, 2)}\n`);

    expect(rows.length).toBeGreaterThan(30);
    const low = all.filter((m) => m.ratio < AA && !KNOWN_LOW(m)).map(describe1);
    expect(low).toEqual([]);
  });

  // The overdue and problems labels once used --text-error as text colour (below 4.5:1 in
  // Obsidian's default themes); now a red marker carries the signal and the text stays readable.
  it(`the overdue and problems labels (--text-error) reach ${AA}:1`, async () => {
    const { page } = await openHarness(context(), theme);
    const red = await measureContrast(page, '#sidebar', '.pp-is-overdue, .pp-group-overdue .pp-group-title, .pp-group-problems .pp-group-title');
    expect(red.length).toBe(4);
    expect(red.filter((m) => m.ratio < AA).map(describe1)).toEqual([]);
  });
});

/** One line per distinct colour pair: what uses it and the ratio, for the committed report. */
function summarise(all: { what: string; color: string; background: string; ratio: number }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of all) out[`${m.what.split(' ')[0] ?? ''}${m.what.includes('pp-is-overdue') ? '.pp-is-overdue' : ''}`] = `${m.color} on ${m.background}: ${m.ratio.toFixed(2)}`;
  return out;
}
