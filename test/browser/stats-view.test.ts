/**
 * The "Follow-up stats" view in a real browser over a generated history, in light and dark:
 * screenshots to the ignored .output/ folder (copies for the docs live in docs/images/), the
 * charts inside the 400px leaf, and every label, value and heading at 4.5:1 or better, SVG text
 * (its fill) included.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './harness/browser';
import { contrastRatio, effectiveBackground, parseColor } from './harness/contrast';
import { measureContrast } from './harness/measure';

const context = useBrowser();
const OUT = join(__dirname, '.output');
mkdirSync(OUT, { recursive: true });

async function openStats(theme: 'light' | 'dark') {
  const page = await context().newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${inject('harnessUrl')}?view=stats`);
  await page.waitForFunction(() => window.__pp !== undefined);
  await page.evaluate((t) => window.__pp?.setTheme(t), theme);
  await page.locator('.pp-stats-chart').first().waitFor();
  return { page, errors };
}

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
  it('writes the stats view screenshot, charts within the leaf, no errors', async () => {
    const { page, errors } = await openStats(theme);
    const png = await page.locator('#sidebar').screenshot({ path: join(OUT, `stats-${theme}.png`) });
    expect(png.length).toBeGreaterThan(10_000);
    expect(await page.locator('svg.pp-stats-chart').count()).toBe(5);
    const widest = await page.evaluate(() => Math.max(...Array.from(document.querySelectorAll('svg.pp-stats-chart')).map((s) => s.getBoundingClientRect().right)));
    expect(widest).toBeLessThanOrEqual(400);
    expect(errors).toEqual([]);
  });

  it('reads at 4.5:1: the headings and notes, and the chart text by its fill', async () => {
    const { page } = await openStats(theme);
    const html = await measureContrast(page, '#sidebar', '.pp-stats-summary, .pp-stats-note, .pp-stats-heading, .pp-stats-ask');
    expect(html.length).toBeGreaterThan(5);
    for (const m of html) expect(m.ratio, `${m.what} "${m.text}"`).toBeGreaterThanOrEqual(4.5);
    const svgText = await page.evaluate(() =>
      Array.from(document.querySelectorAll('svg.pp-stats-chart text')).map((t) => {
        const layers: string[] = [];
        for (let n: Element | null = t.closest('svg'); n; n = n.parentElement) layers.push(getComputedStyle(n).backgroundColor);
        return { text: t.textContent ?? '', fill: getComputedStyle(t).fill, layers };
      }),
    );
    expect(svgText.length).toBeGreaterThan(30);
    for (const t of svgText) {
      const ratio = contrastRatio(parseColor(t.fill), effectiveBackground(t.layers));
      expect(ratio, `"${t.text}" ${t.fill}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
