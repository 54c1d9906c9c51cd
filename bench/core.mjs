/**
 * Core: read and plan 100k contacts (readContact + planFollowUp) over frontmatter objects built
 * up front, as the metadata cache hands them over. Per-contact cost in µs.
 */
import { importTs, medianMs, printRows } from './harness.mjs';
import { contactEntries, createRng, entriesToObject } from './make-vault.mjs';

const COUNT = 100_000;
const TODAY = '2026-11-20';

const core = await importTs({
  'src/core/schema.ts': ['readContact'],
  'src/core/rules.ts': ['planFollowUp'],
  'src/core/settings.ts': ['DEFAULT_SETTINGS'],
  'src/core/stats/learn-from-history.ts': ['learnFromHistory'],
});

const rng = createRng(7);
const notes = Array.from({ length: COUNT }, (_, i) => ({ path: `People/Contact ${i}.md`, fm: entriesToObject(contactEntries(rng, i)) }));
const settings = { ...core.DEFAULT_SETTINGS };

let sink = 0;
const readAll = () => notes.map(({ path, fm }) => core.readContact(path, fm));
const read = readAll();
const contacts = read.filter((r) => r.ok).map((r) => r.contact);

const readMs = await medianMs(() => {
  sink += readAll().length;
});
const planMs = await medianMs(() => {
  for (const c of contacts) sink += core.planFollowUp(c, settings, TODAY).warnings.length;
});
const bothMs = await medianMs(() => {
  for (const { path, fm } of notes) {
    const r = core.readContact(path, fm);
    if (r.ok) sink += core.planFollowUp(r.contact, settings, TODAY).warnings.length;
  }
});

// The history opt-in (suggestFromHistory): learning is one pass over every contact's messages;
// the plugin and VS Code redo it after an edit, the CLI once per run.
const learnMs = await medianMs(() => {
  sink += core.learnFromHistory(contacts, settings).kind.length;
});
const learned = { ...settings, suggestFromHistory: true, learnedSlots: core.learnFromHistory(contacts, settings) };
const leanMs = await medianMs(() => {
  for (const c of contacts) sink += core.planFollowUp(c, learned, TODAY).warnings.length;
});

const target = 150;
printRows(`core: ${COUNT / 1000}k contacts (${contacts.length} valid), median of 5`, [
  { name: 'readContact, all', value: readMs },
  { name: 'planFollowUp, valid contacts', value: planMs },
  { name: 'readContact + planFollowUp, 100k', value: bothMs, target: `< ${target} ms`, met: bothMs < target },
  { name: 'per contact', value: (bothMs * 1000) / COUNT, unit: 'µs', target: '< 1.5 µs', met: bothMs < target },
  { name: 'learnFromHistory, valid contacts', value: learnMs, note: `history opt-in, ${learned.learnedSlots.kind}` },
  { name: 'planFollowUp with learned slots', value: leanMs },
]);
if (sink < 0) process.stdout.write('unreachable\n');
