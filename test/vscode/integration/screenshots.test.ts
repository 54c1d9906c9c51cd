/**
 * Screenshots of the Follow-ups view and of a contact note's CodeLens in the light and dark
 * themes, written to test/vscode/__screenshots__/ (ignored); with PP_UPDATE_DOCS_SCREENSHOTS=1
 * also to docs/images/ for docs/vscode.md. Each is checked not to be blank: text that stands out
 * from its background in the image's own pixels, and the themes' backgrounds apart.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { relativeLuminance } from '../../browser/harness/contrast';
import { inkOnPaper } from '../../browser/harness/pixels';
import { REPO, writeUserSettings, type Theme } from './harness/code-server';
import { codeLens, LONG, openNote, openWorkbench, showFollowups, useChromium } from './harness/workbench';

const OUT = join(import.meta.dirname, '..', '__screenshots__');
const DOCS = join(REPO, 'docs', 'images');
const NOTE = 'Jobs/Erik Lindqvist.md';
const THEME_CLASS: Record<Theme, string> = { light: 'vs', dark: 'vs-dark' };

// In order even under --sequence.shuffle: the last test compares what the two before measured.
describe('screenshots', { shuffle: false }, () => {
  const browser = useChromium();
  const backgrounds: Partial<Record<Theme, number>> = {};
  afterAll(() => writeUserSettings(inject('profileDir'), 'light'));

  for (const theme of ['light', 'dark'] as const) {
    it(`shows the view and a CodeLens in the ${theme} theme, not blank`, async () => {
      mkdirSync(OUT, { recursive: true });
      writeUserSettings(inject('profileDir'), theme);
      const wb = await openWorkbench(browser());
      try {
        const { page } = wb;
        await page.locator(`.monaco-workbench.${THEME_CLASS[theme]}`).waitFor(LONG);
        const pane = await showFollowups(page);
        await pane.locator('.monaco-list-row', { hasText: 'Erik Lindqvist' }).waitFor(LONG);
        await openNote(page, NOTE);
        await codeLens(page, 'Log sent').waitFor(LONG);
        // Pointer away from rows and lenses, so no hover or inline-action state is captured.
        await page.mouse.move(700, 780);

        const view = await page.locator('.part.sidebar').screenshot({ path: join(OUT, `view-${theme}.png`) });
        const editor = page.locator('.part.editor');
        const box = await editor.boundingBox();
        if (!box) throw new Error('no editor part');
        const lens = await page.screenshot({ path: join(OUT, `codelens-${theme}.png`), clip: { x: box.x, y: box.y, width: Math.min(box.width, 760), height: 260 } });

        for (const png of [view, lens]) {
          const seen = await inkOnPaper(wb.context, png, { x: 0, y: 0, width: 300, height: 200 });
          expect(seen.ratio, `text against its background in the ${theme} screenshot`).toBeGreaterThanOrEqual(3);
        }
        backgrounds[theme] = relativeLuminance((await inkOnPaper(wb.context, view, { x: 0, y: 0, width: 300, height: 400 })).background);
        if (process.env.PP_UPDATE_DOCS_SCREENSHOTS === '1') {
          mkdirSync(DOCS, { recursive: true });
          for (const name of [`view-${theme}.png`, `codelens-${theme}.png`]) copyFileSync(join(OUT, name), join(DOCS, `vscode-${name}`));
        }
      } finally {
        await wb.close();
      }
    });
  }

  it('draws the two themes differently', () => {
    expect(backgrounds.light).toBeDefined();
    expect(backgrounds.dark).toBeDefined();
    expect(backgrounds.light!).toBeGreaterThan(backgrounds.dark! + 0.3);
  });
});
