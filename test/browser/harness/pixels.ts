/**
 * The screenshot's own pixels, decoded by Chromium (no PNG library): the commonest colour in a
 * box is the background, and the pixel farthest from it in contrast is the text's ink.
 */
import type { BrowserContext } from 'playwright-core';
import { contrastRatio } from './contrast';
import type { Rgba } from './contrast';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface InkOnPaper {
  background: Rgba;
  ink: Rgba;
  ratio: number;
}

export async function inkOnPaper(context: BrowserContext, png: Buffer, box: Box): Promise<InkOnPaper> {
  const page = await context.newPage();
  try {
    const colours = await page.evaluate(
      async ({ b64, clip }) => {
        const blob = new Blob([Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0))], { type: 'image/png' });
        const bitmap = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2d canvas');
        ctx.drawImage(bitmap, 0, 0);
        const { data } = ctx.getImageData(clip.x, clip.y, clip.width, clip.height);
        const counts = new Map<number, number>();
        for (let i = 0; i < data.length; i += 4) {
          const key = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        return [...counts.entries()];
      },
      { b64: png.toString('base64'), clip: roundBox(box) },
    );
    const rgb = (key: number): Rgba => ({ r: (key >> 16) & 255, g: (key >> 8) & 255, b: key & 255, a: 1 });
    const [paperKey] = colours.reduce((best, c) => (c[1] > best[1] ? c : best));
    const background = rgb(paperKey);
    let ink = background;
    for (const [key] of colours) if (contrastRatio(rgb(key), background) > contrastRatio(ink, background)) ink = rgb(key);
    return { background, ink, ratio: contrastRatio(ink, background) };
  } finally {
    await page.close();
  }
}

function roundBox({ x, y, width, height }: Box): Box {
  return { x: Math.floor(x), y: Math.floor(y), width: Math.ceil(width), height: Math.ceil(height) };
}
