/** WCAG 2 contrast from CSS colours: parse, composite translucent layers, relative luminance. */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0 (transparent) to 1 (opaque). */
  a: number;
}

/** `rgb(34, 34, 34)`, `rgba(0, 0, 0, 0.075)` or `rgb(0 0 0 / 7.5%)`, as getComputedStyle gives. */
export function parseColor(css: string): Rgba {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(css.trim());
  if (!m) throw new Error(`not an rgb() colour: ${css}`);
  const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] === '%' ? 100 : 1);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: alpha };
}

/** `top` painted over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number): number => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** The colour behind an element: its own and its ancestors' backgrounds, innermost first, over white. */
export function effectiveBackground(layersInnermostFirst: readonly string[]): Rgba {
  let result: Rgba = { r: 255, g: 255, b: 255, a: 1 }; // the canvas
  for (const css of [...layersInnermostFirst].reverse()) result = over(parseColor(css), result);
  return result;
}

export function relativeLuminance({ r, g, b }: Rgba): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG contrast ratio, 1 to 21; a translucent foreground is first painted over the background. */
export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const fg = relativeLuminance(over(foreground, background));
  const bg = relativeLuminance(background);
  return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
}
