/** The contrast maths the screenshot checks rely on, against known WCAG values. */
import { describe, expect, it } from 'vitest';
import { contrastRatio, effectiveBackground, parseColor } from './harness/contrast';

const c = parseColor;

describe('contrast maths', () => {
  it('gives 21:1 for black on white and 1:1 for equal colours, either way round', () => {
    expect(contrastRatio(c('rgb(0, 0, 0)'), c('rgb(255, 255, 255)'))).toBeCloseTo(21, 5);
    expect(contrastRatio(c('rgb(255, 255, 255)'), c('rgb(0, 0, 0)'))).toBeCloseTo(21, 5);
    expect(contrastRatio(c('rgb(90, 90, 90)'), c('rgb(90, 90, 90)'))).toBe(1);
  });

  it('puts #777 on white just under 4.5 and #767676 just over', () => {
    expect(contrastRatio(c('rgb(119, 119, 119)'), c('rgb(255, 255, 255)'))).toBeCloseTo(4.48, 2);
    expect(contrastRatio(c('rgb(118, 118, 118)'), c('rgb(255, 255, 255)'))).toBeCloseTo(4.54, 2);
  });

  it('reads rgba and the space-separated syntax', () => {
    expect(c('rgba(0, 0, 0, 0.075)')).toEqual({ r: 0, g: 0, b: 0, a: 0.075 });
    expect(c('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(() => c('color(srgb 1 0 0)')).toThrow(/not an rgb/);
  });

  it('composites translucent backgrounds over the first opaque one below', () => {
    const bg = effectiveBackground(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0.5)', 'rgb(255, 255, 255)']);
    expect(bg).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
    expect(effectiveBackground(['rgba(0, 0, 0, 0)'])).toEqual({ r: 255, g: 255, b: 255, a: 1 });
  });
});
