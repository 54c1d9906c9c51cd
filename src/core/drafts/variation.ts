/**
 * Deterministic variety (rule 5). A stable hash of the contact's path spreads contacts over
 * the variants; the step then walks through them, so step k and k+1 never pick the same one
 * when there are two or more. No randomness: the same contact and step give the same draft.
 */

/** FNV-1a over UTF-16 units: the same number on every run and platform. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const mod = (n: number, m: number): number => ((n % m) + m) % m;

/** Index into a list of `count` items for this seed and step. */
export function rotate(seed: string, step: number, count: number): number {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`nothing to choose from: ${count}`);
  return mod(stableHash(seed) + mod(Math.trunc(step), count), count);
}
