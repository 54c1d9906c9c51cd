/** Contrast as the page computes it: each text element's colour against its effective background. */
import type { Page } from 'playwright-core';
import { contrastRatio, effectiveBackground, parseColor } from './contrast';

export interface Measured {
  /** The CSS class that picked the element, and its text. */
  what: string;
  text: string;
  color: string;
  background: string;
  ratio: number;
}

/** Every visible element matching `selector` under `scope`, with its contrast ratio. */
export async function measureContrast(page: Page, scope: string, selector: string): Promise<Measured[]> {
  const raw = await page.evaluate(
    ([scopeSel, sel]) =>
      Array.from(document.querySelectorAll<HTMLElement>(`${scopeSel} ${sel}`))
        .filter((el) => el.offsetParent !== null && (el.textContent ?? '').trim() !== '')
        .map((el) => {
          const layers: string[] = [];
          for (let n: Element | null = el; n; n = n.parentElement) layers.push(getComputedStyle(n).backgroundColor);
          return { what: el.className, text: (el.textContent ?? '').trim(), color: getComputedStyle(el).color, layers };
        }),
    [scope, selector] as const,
  );
  return raw.map(({ what, text, color, layers }) => {
    const bg = effectiveBackground(layers);
    return { what, text, color, background: `rgb(${bg.r}, ${bg.g}, ${bg.b})`, ratio: contrastRatio(parseColor(color), bg) };
  });
}
