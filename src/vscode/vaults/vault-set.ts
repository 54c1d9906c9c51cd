/**
 * Every workspace folder's vault, kept in step with the workspace's folders (added or removed
 * while VS Code runs). Commands, the lens and the preview act on the vault of the note; the view
 * and the status bar show them all.
 */
import * as vscode from 'vscode';
import { migrateSettings, type Settings } from '../../core/settings';
import type { HeadReader } from '../index/contact-index';
import { Vault } from './vault';

export class VaultSet implements vscode.Disposable {
  private list: Vault[] = [];
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Any vault's notes or settings changed, or a folder came or went. */
  readonly onDidChange = this.emitter.event;
  private readonly subscriptions = new Map<Vault, vscode.Disposable[]>();
  private readonly folderSub: vscode.Disposable;

  constructor(private readonly readHead?: HeadReader) {
    for (const folder of vscode.workspace.workspaceFolders ?? []) this.add(folder);
    this.folderSub = vscode.workspace.onDidChangeWorkspaceFolders((e) => {
      for (const folder of e.removed) this.remove(folder);
      for (const folder of e.added) this.add(folder);
      this.emitter.fire();
    });
  }

  get all(): readonly Vault[] {
    return this.list;
  }

  /** The vault of the folder containing the note (the innermost, for nested folders). */
  forUri(uri: vscode.Uri): Vault | undefined {
    let best: Vault | undefined;
    for (const v of this.list) if (v.contains(uri) && (!best || v.folder.uri.path.length > best.folder.uri.path.length)) best = v;
    return best;
  }

  /** The vault that speaks for a note: its folder's, and for a note outside every folder the first folder's. */
  vaultFor(uri: vscode.Uri): Vault | undefined {
    return this.forUri(uri) ?? this.list[0];
  }

  /** The settings of the note's vault (vaultFor). */
  settingsFor(uri: vscode.Uri): Settings {
    return this.vaultFor(uri)?.settings() ?? migrateSettings({});
  }

  /** The note's path as the core and the CLI name it: relative to its folder, with `/`. */
  pathOf(uri: vscode.Uri): string {
    return this.forUri(uri)?.index.pathOf(uri) ?? vscode.workspace.asRelativePath(uri, false).replace(/\\/g, '/');
  }

  byKey(key: string): Vault | undefined {
    return this.list.find((v) => v.key === key);
  }

  /** Every vault's settings, read once: activation waits for them (a quick read per folder). */
  async settingsLoaded(): Promise<void> {
    await Promise.all(this.list.map((v) => v.settingsLoaded));
  }

  /** Every vault's first scan, for callers that need all notes. */
  async ready(): Promise<void> {
    await Promise.all(this.list.map((v) => v.ready()));
  }

  private add(folder: vscode.WorkspaceFolder): void {
    const vault = new Vault(folder, this.readHead);
    this.list = [...this.list, vault].sort((a, b) => a.folder.index - b.folder.index);
    this.subscriptions.set(vault, [vault.index.onDidChange(() => this.emitter.fire()), vault.onDidChangeSettings(() => this.emitter.fire())]);
    void vault.ready().then(() => this.emitter.fire());
  }

  private remove(folder: vscode.WorkspaceFolder): void {
    const vault = this.list.find((v) => v.folder.uri.toString() === folder.uri.toString());
    if (!vault) return;
    this.list = this.list.filter((v) => v !== vault);
    for (const d of this.subscriptions.get(vault) ?? []) d.dispose();
    this.subscriptions.delete(vault);
    vault.dispose();
  }

  dispose(): void {
    this.folderSub.dispose();
    for (const v of [...this.list]) this.remove(v.folder);
    this.emitter.dispose();
  }
}
