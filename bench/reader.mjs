/**
 * The CLI reader is linear (issue 12 item 2): `readContactText` on notes whose frontmatter grows
 * from 1 KB to 1 MB in the shapes that used to be quadratic (blank lines, long runs of spaces,
 * comments) and in ordinary ones (a long list, the YAML fallback). Time per KB must stay flat:
 * the row is the largest size's µs/KB over the smallest's (1.0× = perfectly linear; quadratic
 * would be ~1000× over this range). Median of 5 per size.
 * Usage: node bench/reader.mjs [--json]
 */
import { importTs, medianMs, printRows } from './harness.mjs';

const { readContactText } = await importTs({ 'src/core/frontmatter/read-contact-text.ts': ['readContactText'] });

const fill = (unit, bytes) => unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));
const SHAPES = {
  'blank lines': (b) => `followup: active\n${fill('\n', b)}name: Ann\n`,
  'spaces inside a value': (b) => `followup: active\nname: A${fill(' ', b)}nn\n`,
  'comment lines': (b) => `followup: active\n${fill('# a comment\n', b)}name: Ann\n`,
  'a long contacted list': (b) => `followup: active\ncontacted:\n${fill('  - 2026-11-02 09:10\n', b)}`,
  'YAML fallback (nested map)': (b) => `followup: active\nextra:\n${fill('  k: v\n', b)}`,
  'YAML fallback (blank lines, tabs)': (b) => `followup: active\ntab:\t1\n${fill('\n', b)}`,
};
const SIZES = [1, 16, 256, 1024]; // KB
/** The fallback is `yaml` itself (linear, but ~5 ms/KB here): up to 256 KB keeps the bench short. */
const FALLBACK_SIZES = [1, 16, 256];

const rows = [];
for (const [shape, make] of Object.entries(SHAPES)) {
  const perKb = [];
  const sizes = shape.startsWith('YAML') ? FALLBACK_SIZES : SIZES;
  for (const kb of sizes) {
    const note = `---\n${make(kb * 1024)}---\nbody\n`;
    const repeat = Math.max(1, Math.round(256 / kb)); // enough work per timing at small sizes
    const ms = await medianMs(() => {
      for (let i = 0; i < repeat; i++) readContactText('n.md', note);
    });
    perKb.push((ms * 1000) / repeat / kb);
  }
  const ratio = perKb[perKb.length - 1] / perKb[0];
  rows.push({
    name: `${shape}: µs/KB at ${sizes[sizes.length - 1]} KB over 1 KB`,
    value: ratio,
    unit: 'x',
    target: '<= 3× (flat)',
    met: ratio <= 3,
    note: sizes.map((kb, i) => `${kb} KB ${perKb[i].toFixed(2)}`).join(', ') + ' µs/KB',
  });
}
printRows('reader: time per KB of frontmatter, 1 KB to 1 MB, median of 5', rows);
