/**
 * The VS Code extension: the third adapter on the same core. It reads notes (open documents from
 * the editor, the rest through workspace.fs), asks the core, and carries out its decisions as
 * WorkspaceEdits. Everything it registers is disposed with the extension.
 */
import * as vscode from 'vscode';
import type { ReadResult } from '../core/schema';
import { migrateSettings, type Settings } from '../core/settings';
import { withLearnedSlots } from '../core/stats/learn-from-history';
import { today } from './clock';
import { registerCommands } from './commands/register-commands';
import { watchNoteProblems } from './diagnostics/note-problems';
import { ToneChecker } from './diagnostics/tone-diagnostics';
import { ToneQuickFix } from './diagnostics/tone-quick-fix';
import { readNoteHead } from '../cli/vault/read-note-head';
import { ContactIndex } from './index/contact-index';
import { ExplainHover } from './lens/explain-hover';
import { FollowupLens } from './lens/followup-lens';
import { agendaFencePlugin, type MarkdownItLike } from './preview/agenda-fence';
import { loadSettings, SECTION, SETTINGS_FILE } from './settings/load-settings';
import { reportTimings, type Timings } from './timings';
import { FollowupsTree } from './view/followups-tree';
import { createStatusBar } from './view/status-bar';

export const VIEW_ID = 'pleasantlyPersistent.followups';
const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export interface ExtensionApi {
  extendMarkdownIt(md: MarkdownItLike): MarkdownItLike;
}

export async function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
  const started = performance.now();
  const timings: Timings = {};
  const out = vscode.window.createOutputChannel('Pleasantly Persistent');
  const folder = vscode.workspace.workspaceFolders?.[0];
  let settings: Settings = migrateSettings({});
  const current = (): Settings => settings;
  // With suggestFromHistory on, every plan needs what the notes teach (set once the index exists).
  let notes = (): ReadResult[] => [];
  const reload = async (): Promise<void> => {
    const loaded = await loadSettings(folder);
    settings = withLearnedSlots(loaded.settings, notes());
    if (loaded.fileProblem) void vscode.window.showWarningMessage(loaded.fileProblem);
  };
  await reload();

  const api: ExtensionApi = { extendMarkdownIt: (md) => md };
  if (!folder) {
    context.subscriptions.push(out);
    return api;
  }

  // Desktop: read only the frontmatter of each note through Node, as the CLI does.
  const index = new ContactIndex(folder, current, readNoteHead);
  notes = () => index.notesInScope().map((n) => n.read);
  const tree = new FollowupsTree(index, current, today);
  const tone = new ToneChecker((uri) => {
    const note = index.get(uri);
    return (note?.read.ok ? note.read.contact.language : null) ?? settings.language;
  });
  const lens = new FollowupLens(current, today, (uri) => index.pathOf(uri));
  const treeView = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  treeView.message = 'Reading your notes…';
  let scanned = false;

  const settingsWatcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, SETTINGS_FILE));
  const settingsChanged = async (): Promise<void> => {
    await reload();
    tree.refresh();
    lens.refresh();
  };
  let previewTimer: ReturnType<typeof setTimeout> | undefined;

  context.subscriptions.push(
    out,
    index,
    tree,
    tone,
    lens,
    treeView,
    createStatusBar(index, today),
    watchNoteProblems(index, (uri) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.getText() ?? null),
    vscode.languages.registerCodeLensProvider(MARKDOWN, lens),
    vscode.languages.registerHoverProvider(MARKDOWN, new ExplainHover(current, today, (uri) => index.pathOf(uri))),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new ToneQuickFix(tone), { providedCodeActionKinds: ToneQuickFix.kinds }),
    ...registerCommands({ index, settings: current, tone }),
    settingsWatcher,
    settingsWatcher.onDidCreate(settingsChanged),
    settingsWatcher.onDidChange(settingsChanged),
    settingsWatcher.onDidDelete(settingsChanged),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SECTION)) void settingsChanged();
    }),
    // A note's history changed what was learned: re-plan every row and lens, not just that note's.
    index.onDidChange(() => {
      const next = withLearnedSlots(settings, notes());
      if (next === settings) return;
      settings = next;
      tree.refresh();
      lens.refresh();
    }),
    // Agenda blocks in an open preview follow the index (the preview only re-renders on its own note's edits).
    index.onDidChange(() => {
      if (!scanned) return;
      clearTimeout(previewTimer);
      previewTimer = setTimeout(() => void vscode.commands.executeCommand('markdown.preview.refresh'), 300);
    }),
    { dispose: () => clearTimeout(previewTimer) },
  );

  tree.onFirstRender = () => {
    timings.firstRenderMs = performance.now() - started;
    if (timings.firstScanMs !== undefined) void reportTimings(out, timings);
  };
  void index.start().then(() => {
    scanned = true;
    treeView.message = undefined;
    timings.firstScanMs = performance.now() - started;
    timings.contacts = index.notesInScope().length;
    timings.findFilesMs = index.scanTimes.findFilesMs;
    timings.readMs = index.scanTimes.readMs;
    if (timings.firstRenderMs !== undefined) void reportTimings(out, timings);
    void vscode.commands.executeCommand('markdown.preview.refresh');
  });
  timings.activateMs = performance.now() - started;

  api.extendMarkdownIt = (md) =>
    agendaFencePlugin(md, {
      agenda: (day) => (scanned ? index.agenda(day) : null),
      realToday: today,
      askAfter: () => settings.askAfter,
    });
  return api;
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
