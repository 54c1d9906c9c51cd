/**
 * One workspace folder = one vault: its own settings (`.followups.json` at its root on top of the
 * VS Code settings for that folder), its own index, its own templates folder. A note belongs to
 * the folder that contains it, and is named relative to it, as the CLI names it.
 */
import * as vscode from 'vscode';
import type { ReadResult } from '../../core/schema';
import { migrateSettings, type Settings } from '../../core/settings';
import { withLearnedSlots } from '../../core/stats/learn-from-history';
import { ContactIndex, type HeadReader } from '../index/contact-index';
import { loadSettings, SECTION, SETTINGS_FILE } from '../settings/load-settings';

export class Vault implements vscode.Disposable {
  readonly index: ContactIndex;
  /** The folder's settings plus, with suggestFromHistory on, what its notes teach (withLearnedSlots). */
  private current: Settings = migrateSettings({});
  private readonly settingsEmitter = new vscode.EventEmitter<void>();
  /** Fired after this folder's settings were read again. */
  readonly onDidChangeSettings = this.settingsEmitter.event;
  private readonly disposables: vscode.Disposable[] = [this.settingsEmitter];
  private started: Promise<void> | undefined;
  /** The first reading of the settings, started with the vault. */
  readonly settingsLoaded: Promise<void>;

  constructor(
    readonly folder: vscode.WorkspaceFolder,
    /** Desktop only: the CLI's Node reader of a note's frontmatter; else workspace.fs. */
    readHead?: HeadReader,
  ) {
    this.index = new ContactIndex(folder, () => this.current, readHead);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, SETTINGS_FILE));
    const changed = (): void => void this.reload().then(() => this.settingsEmitter.fire());
    this.disposables.push(
      this.index,
      // Registered before anything else listens to the index: a note's history that changes what
      // was learned gives new settings before the view and lenses re-plan.
      this.index.onDidChange(() => {
        const next = withLearnedSlots(this.current, this.learnedFrom());
        if (next === this.current) return;
        this.current = next;
        this.settingsEmitter.fire();
      }),
      watcher,
      watcher.onDidCreate(changed),
      watcher.onDidChange(changed),
      watcher.onDidDelete(changed),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SECTION, folder.uri)) changed();
      }),
    );
    this.settingsLoaded = this.reload();
  }

  /** Identifies the vault (a view row, a preview); the folder's URI. */
  get key(): string {
    return this.folder.uri.toString();
  }

  get name(): string {
    return this.folder.name;
  }

  /** Settings read, then the first scan: the vault can be shown. */
  ready(): Promise<void> {
    this.started ??= this.settingsLoaded.then(() => this.index.start());
    return this.started;
  }

  settings(): Settings {
    return this.current;
  }

  /** Reads the settings again; a broken `.followups.json` is said once, naming the folder when there are several. */
  async reload(): Promise<void> {
    const loaded = await loadSettings(this.folder);
    // Learned from the notes in the new settings' contacts folder, not the old one's.
    this.current = loaded.settings;
    this.current = withLearnedSlots(loaded.settings, this.learnedFrom());
    if (loaded.fileProblem) {
      const where = (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? `${this.folder.name}: ` : '';
      void vscode.window.showWarningMessage(`${where}${loaded.fileProblem}`);
    }
  }

  /** The notes' read results, listed only when iterated (never with the history opt-in off). */
  private *learnedFrom(): Iterable<ReadResult> {
    for (const n of this.index.notesInScope()) yield n.read;
  }

  /** A note of this folder: inside it, by path. */
  contains(uri: vscode.Uri): boolean {
    const root = this.folder.uri;
    return uri.scheme === root.scheme && (uri.path === root.path || uri.path.startsWith(`${root.path.replace(/\/$/, '')}/`));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
