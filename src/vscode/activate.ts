/**
 * The VS Code extension: the third adapter on the same core. It reads notes (open documents from
 * the editor, the rest through workspace.fs), asks the core, and carries out its decisions as
 * WorkspaceEdits. Each workspace folder is its own vault (settings, index, templates); everything
 * it registers is disposed with the extension. Shared by the desktop entry (extension.ts, which
 * adds the Node head reader) and the web entry (extension-web.ts, workspace.fs only).
 */
import * as vscode from 'vscode';
import { today } from './clock';
import { registerCommands } from './commands/register-commands';
import { watchNoteProblems } from './diagnostics/note-problems';
import { ToneChecker } from './diagnostics/tone-diagnostics';
import { ToneQuickFix } from './diagnostics/tone-quick-fix';
import type { HeadReader } from './index/contact-index';
import { ExplainHover } from './lens/explain-hover';
import { FollowupLens } from './lens/followup-lens';
import { agendaFencePlugin, type MarkdownItLike } from './preview/agenda-fence';
import { PreviewRefresher } from './preview/preview-refresh';
import { reportTimings, type Timings } from './timings';
import { VaultSet } from './vaults/vault-set';
import { FollowupsTree } from './view/followups-tree';
import { createStatusBar } from './view/status-bar';

const VIEW_ID = 'pleasantlyPersistent.followups';
const NO_FOLDER = 'Open a folder of notes to see its follow-ups.';
const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export interface ExtensionApi {
  extendMarkdownIt(md: MarkdownItLike): MarkdownItLike;
}

export async function activateExtension(context: vscode.ExtensionContext, readHead?: HeadReader): Promise<ExtensionApi> {
  const started = performance.now();
  const timings: Timings = {};
  const out = vscode.window.createOutputChannel('Pleasantly Persistent');
  // Desktop: each vault reads only the frontmatter of each note through Node, as the CLI does.
  const vaults = new VaultSet(readHead);
  await vaults.settingsLoaded();
  const tree = new FollowupsTree(vaults, today);
  const tone = new ToneChecker((uri) => {
    const note = vaults.forUri(uri)?.index.get(uri);
    return (note?.read.ok ? note.read.contact.language : null) ?? vaults.settingsFor(uri).language;
  });
  const settingsOf = (uri: vscode.Uri) => vaults.settingsFor(uri);
  const pathOf = (uri: vscode.Uri) => vaults.pathOf(uri);
  const lens = new FollowupLens(settingsOf, today, pathOf);
  const treeView = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  treeView.message = vaults.all.length === 0 ? NO_FOLDER : 'Reading your notes…';
  const previews = new PreviewRefresher(() => void vscode.commands.executeCommand('markdown.preview.refresh'));

  context.subscriptions.push(
    out,
    vaults,
    tree,
    tone,
    lens,
    treeView,
    createStatusBar(vaults, today),
    watchNoteProblems(vaults, (uri) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.getText() ?? null),
    vscode.languages.registerCodeLensProvider(MARKDOWN, lens),
    vscode.languages.registerHoverProvider(MARKDOWN, new ExplainHover(settingsOf, today, pathOf)),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new ToneQuickFix(tone), { providedCodeActionKinds: ToneQuickFix.kinds }),
    ...registerCommands({ vaults, tone }),
    // Settings, notes or folders changed: the same text may plan differently, and agenda blocks in
    // an open preview follow (the preview only re-renders on its own note's edits).
    vaults.onDidChange(() => {
      lens.refresh();
      if (!previews.scanned) return;
      treeView.message = vaults.all.length === 0 ? NO_FOLDER : undefined;
      previews.vaultChanged();
    }),
    previews,
  );

  tree.onFirstRender = () => {
    timings.firstRenderMs = performance.now() - started;
    if (timings.firstScanMs !== undefined) void reportTimings(out, timings);
  };
  void vaults.ready().then(() => {
    if (vaults.all.length > 0) treeView.message = undefined;
    timings.firstScanMs = performance.now() - started;
    timings.contacts = vaults.all.reduce((n, v) => n + v.index.notesInScope().length, 0);
    timings.findFilesMs = vaults.all.reduce((n, v) => n + v.index.scanTimes.findFilesMs, 0);
    timings.readMs = vaults.all.reduce((n, v) => n + v.index.scanTimes.readMs, 0);
    if (timings.firstRenderMs !== undefined) void reportTimings(out, timings);
    previews.scanDone();
  });
  timings.activateMs = performance.now() - started;

  // The previewed note's folder gives the agenda; a note outside every folder gets the first one's.
  const vaultOfPath = (docPath: string) => vaults.vaultFor(vscode.Uri.file(docPath));
  return {
    extendMarkdownIt: (md) =>
      agendaFencePlugin(md, {
        agenda: (day, docPath) => {
          const vault = vaultOfPath(docPath);
          if (previews.scanned && vault) return vault.index.agenda(day);
          previews.shownLoading();
          return null;
        },
        realToday: today,
        askAfter: (docPath) => vaults.settingsFor(vscode.Uri.file(docPath)).askAfter,
      }),
  };
}

