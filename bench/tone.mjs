/**
 * The tone check's cost per KB from 1 KB to 1 MB (it should stay flat: the check is linear), and
 * a 1 MB text against the 100 ms target. The texts are the corpora's polite sentences (nothing
 * found, so every sentence is read to the end), plus hostile shapes: one 1 MB sentence without
 * punctuation, and 240 KB of "!!" (which stops at the findings cap).
 */
import { readFileSync } from 'node:fs';
import { importTs, medianMs, printRows, ROOT } from './harness.mjs';

const { checkTone } = await importTs({ 'src/core/tone/index.ts': ['checkTone'] });

const polite = ['corpus', 'held-out']
  .flatMap((name) => readFileSync(`${ROOT}test/fixtures/tone/${name}.tsv`, 'utf8').split('\n'))
  .map((line) => line.split('\t'))
  .filter((cols) => cols.length === 4 && cols[1] === 'polite' && !/[>"!]/.test(cols[3]));
const paragraph = (language) => polite.filter((cols) => cols[0] === language).map((cols) => cols[3]).join(' ');
const english = paragraph('en');
const swedish = paragraph('sv');

/** `kb` KB of alternating English and Swedish paragraphs, cut at a space. */
function textOf(kb) {
  let text = '';
  while (text.length < kb * 1024) text += `${english}\n\n${swedish}\n\n`;
  return text.slice(0, text.lastIndexOf(' ', kb * 1024));
}

let sink = 0;
const rows = [];
for (const kb of [1, 4, 16, 64, 256, 1024]) {
  const text = textOf(kb);
  if (checkTone(text, 'en').length > 0) throw new Error(`the polite text of ${kb} KB has findings`);
  const runs = kb <= 64 ? 21 : 5;
  const ms = await medianMs(() => {
    sink += checkTone(text, 'en').length;
  }, runs);
  rows.push({ name: `polite text, ${kb} KB: per KB`, value: (ms * 1000) / kb, unit: 'µs', note: `whole text ${ms.toFixed(2)} ms, median of ${runs}` });
  if (kb === 1024) {
    rows.push({ name: 'polite text, 1 MB', value: ms, target: '< 100 ms', met: ms < 100 });
    // CPU time of this process (all its threads, GC included): less sensitive to a loaded machine than wall time.
    const cpu = process.cpuUsage();
    for (let i = 0; i < 5; i++) sink += checkTone(text, 'en').length;
    const used = process.cpuUsage(cpu);
    rows.push({ name: 'polite text, 1 MB: CPU time per run', value: (used.user + used.system) / 5000, note: 'mean of 5' });
  }
}
const flat = rows[0].value / rows[rows.length - 2].value;
rows.push({ name: 'per-KB cost, 1 KB / 1 MB', value: flat, unit: 'x', note: '1.00× is perfectly linear' });

const sentence = 'you have not not replied to to my my email and i keep waiting for the numbers '.repeat(13500).slice(0, 1024 * 1024);
const oneSentence = await medianMs(() => {
  sink += checkTone(sentence, 'en').length;
});
rows.push({ name: '1 MB in one sentence, no punctuation', value: oneSentence, note: 'stops at the findings cap' });
const bangs = '!!'.repeat(120 * 1024);
rows.push({ name: '240 KB of "!!"', value: await medianMs(() => void (sink += checkTone(bangs, 'en').length)) });
const spaced = '!! '.repeat(80 * 1024);
rows.push({ name: '240 KB of "!! "', value: await medianMs(() => void (sink += checkTone(spaced, 'en').length)), note: 'stops at the findings cap' });

printRows('tone check: cost per KB, 1 KB to 1 MB (median; per-KB µs)', rows);
if (sink < 0) process.stdout.write('unreachable\n');
