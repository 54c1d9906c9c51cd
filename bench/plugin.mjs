/**
 * The plugin, over a fake metadata cache, with obsidian-test-mocks standing in for `obsidian`
 * and jsdom for the DOM:
 * - index: the initial build over 50k files / 10k contacts, then single-note updates as
 *   Obsidian sends them after an edit, each timed on its own; the fake counts calls to show
 *   that no update rescans the vault;
 * - view: the "Follow-ups" sidebar over 10k contacts, the script time of its first render
 *   (agenda, grouping, DOM; each group capped by "Show more"). jsdom is slower than
 *   Electron's DOM, so the DOM part is an upper bound. Then the agenda and the redraw after one
 *   edit, when the index re-plans only the edited note.
 */
import { importTs, installDom, makeFakeApp, median, medianMs, printRows } from './harness.mjs';

const FILES = 50_000;
const CONTACTS = 10_000;
const UPDATES = 201;
const TODAY = '2026-11-20';

await installDom();
const mocks = 'obsidian-test-mocks/obsidian';
const { ContactIndex, FollowupsView, DEFAULT_SETTINGS } = await importTs(
  {
    'src/plugin/contact-index.ts': ['ContactIndex'],
    'src/plugin/view/followups-view.ts': ['FollowupsView'],
    'src/core/settings.ts': ['DEFAULT_SETTINGS'],
  },
  { alias: { obsidian: mocks }, external: [mocks] },
);
const { App, WorkspaceLeaf } = await import('obsidian-test-mocks/obsidian');
const settings = { ...DEFAULT_SETTINGS };
const host = { registerEvent: () => {} };

// --- Index ---
const vault = makeFakeApp({ files: FILES, contacts: CONTACTS });
let index;
const buildMs = await medianMs(() => {
  index?.stop();
  index = new ContactIndex(vault.app, () => settings);
  index.start(host);
});
const indexed = [...index.all()].length;

// One edit at a time, each to another contact: one more message logged.
const times = [];
const before = { ...vault.calls };
for (let i = 0; i < UPDATES; i++) {
  const file = vault.contactFiles[(i * 37) % vault.contactFiles.length];
  const fm = { ...vault.cache.get(file.path).frontmatter, contacted: ['2026-11-02 09:10', `2026-11-${String(10 + (i % 9))} 14:30`] };
  const start = performance.now();
  vault.edit(file, fm);
  times.push(performance.now() - start);
}
const rescans = vault.calls.getMarkdownFiles - before.getMarkdownFiles;
const lookups = vault.calls.getFileCache - before.getFileCache;
const updateMs = median(times);
index.stop();

// --- View ---
const contacts = makeFakeApp({ files: CONTACTS, contacts: CONTACTS });
const viewIndex = new ContactIndex(contacts.app, () => settings);
viewIndex.start(host);
const done = () => Promise.resolve();
const actions = { open: done, draft: done, logSent: done, replied: done, snooze: done, pickSnoozeDate: () => {} };
const ctx = {
  app: contacts.app,
  index: viewIndex,
  settings: () => settings,
  saveSettings: done,
  today: () => TODAY,
  now: () => new Date(`${TODAY}T12:00:00`),
  activateView: done,
};
const leafApp = App.createConfigured__({ files: {} });
let view;
/** A new view, opened: its first render, with the agenda built afresh (as after startup). */
async function openFresh() {
  view?.unload();
  viewIndex.settingsChanged(); // same folder: drops the cached agenda only
  view = new FollowupsView(WorkspaceLeaf.create2__(leafApp).asOriginalType3__(), ctx, actions);
  view.load();
  await view.onOpen();
}
const coldStart = performance.now();
await openFresh();
const coldMs = performance.now() - coldStart;
const firstMs = await medianMs(openFresh);
const agendaMs = await medianMs(() => {
  viewIndex.settingsChanged();
  viewIndex.agenda(TODAY);
});
const redrawMs = await medianMs(() => view.render());
// After one edit (a message logged): only that note is re-planned, the agenda is a re-sort.
let edits = 0;
function editOne() {
  const file = contacts.contactFiles[(edits++ * 37) % contacts.contactFiles.length];
  contacts.edit(file, { ...contacts.cache.get(file.path).frontmatter, contacted: ['2026-11-02 09:10', `2026-11-${String(10 + (edits % 9))} 14:30`] });
}
const editAgendaMs = await medianMs(() => {
  editOne();
  viewIndex.agenda(TODAY);
});
const editRedrawMs = await medianMs(() => {
  editOne();
  view.render();
});
const rows = view.contentEl.querySelectorAll('.pp-row').length;
// The view's day-check interval, the index's debounce and jsdom's timers would keep Node alive.
view.unload();
viewIndex.stop();

// --- 50k contacts: each of these is one synchronous main-thread task today ---
const big = makeFakeApp({ files: 50_000, contacts: 50_000 });
let bigIndex;
const bigBuildMs = await medianMs(() => {
  bigIndex?.stop();
  bigIndex = new ContactIndex(big.app, () => settings);
  bigIndex.start(host);
});
let bigView;
const bigRenderMs = await medianMs(async () => {
  bigView?.unload();
  bigIndex.settingsChanged();
  bigView = new FollowupsView(WorkspaceLeaf.create2__(leafApp).asOriginalType3__(), { ...ctx, app: big.app, index: bigIndex }, actions);
  bigView.load();
  await bigView.onOpen();
});
bigView.unload();
bigIndex.stop();
window.close();
const longest = Math.max(bigBuildMs, bigRenderMs);

printRows(`plugin index: ${FILES / 1000}k files / ${indexed} contacts (fake metadata cache)`, [
  { name: 'initial build, median of 5', value: buildMs, target: '≤ 50 ms', met: buildMs <= 50 },
  { name: `one incremental update, median of ${UPDATES}`, value: updateMs, target: '< 1 ms', met: updateMs < 1, note: `vault rescans: ${rescans}, cache lookups: ${lookups}` },
]);
printRows(`view: ${CONTACTS / 1000}k contacts in the sidebar (jsdom), ${rows} rows drawn`, [
  { name: 'first render, cold (first in the process)', value: coldMs },
  { name: 'first render, median of 5', value: firstMs, target: '≤ 60 ms', met: firstMs <= 60 },
  { name: 'of which the agenda (plans every contact)', value: agendaMs },
  { name: 'redraw with the agenda cached, median of 5', value: redrawMs },
  { name: 'agenda after one edit (plans cached), median of 5', value: editAgendaMs },
  { name: 'redraw after one edit, median of 5', value: editRedrawMs, target: '≤ 16 ms', met: editRedrawMs <= 16 },
]);
printRows('plugin at 50k contacts (50k files, fake metadata cache, jsdom)', [
  { name: 'index build (one task), median of 5', value: bigBuildMs },
  { name: 'sidebar first render (one task), median of 5', value: bigRenderMs },
  { name: 'longest main-thread task', value: longest, target: '≤ 100 ms', met: longest <= 100 },
]);
