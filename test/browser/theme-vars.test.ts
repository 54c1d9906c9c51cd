/** Every CSS variable styles.css uses has a value in the harness's light and dark themes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHarness, useBrowser } from './harness/browser';
import { REPO } from './harness/vault-notes';

const context = useBrowser();
const used = [...new Set(readFileSync(join(REPO, 'styles.css'), 'utf8').match(/var\(--[\w-]+/g) ?? [])].map((v) => v.slice(4));

describe('theme variables', () => {
  it('styles.css uses some variables (so this test has something to check)', () => {
    expect(used).toContain('--text-normal');
    expect(used.length).toBeGreaterThan(10);
  });

  it.each(['light', 'dark'] as const)('are all defined in the %s theme', async (theme) => {
    const { page } = await openHarness(context(), theme);
    const missing = await page.evaluate(
      (names) => names.filter((n) => getComputedStyle(document.body).getPropertyValue(n).trim() === ''),
      used,
    );
    expect(missing).toEqual([]);
  });
});
