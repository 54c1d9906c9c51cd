/**
 * Every Markdown note of the workspace folder, read once at start and then kept current one note
 * at a time: a file watcher for saves, creates, renames and deletes on disk, and the open
 * documents for unsaved edits (an open document's text wins over the disk). No full rescan after
 * the first. Not a decision cache: actions always decide on the document's text itself.
 */
import * as vscode from 'vscode';
import { buildAgenda, type Agenda } from '../../core/agenda';
import type { ReadResult } from '../../core/schema';
import type { Settings } from '../../core/settings';
import type { Day } from '../../core/types';
import { decodeNote, notUtf8, readNote } from './read-note';
import { vaultFolder } from '../../core/vault-folder';

export interface IndexedNote {
  uri: vscode.Uri;
  /** Workspace-relative with `/`, as the core and the CLI name notes. */
  path: string;
  read: ReadResult;
}

const READ_BATCH = 32;
const TYPING_DEBOUNCE_MS = 250;
const CHANGE_DEBOUNCE_MS = 50;
const SKIPPED_FOLDERS = /(^|\/)(node_modules|\.git|\.obsidian|\.trash)(\/|$)/;

export const isMarkdown = (uri: vscode.Uri): boolean => /\.md$/i.test(uri.path);

/**
 * Reads only the start of a note on disk: its text up to the end of the frontmatter, or null when
 * it is certainly not a contact; throws when it cannot be read. Desktop VS Code passes the CLI's
 * head reader (most of a note's bytes are its body); without one, notes are read whole through
 * workspace.fs, which also works in a web extension host.
 */
export type HeadReader = (fsPath: string) => string | null;

export class ContactIndex implements vscode.Disposable {
  /** By workspace-relative path: one folder, so the path names the note. */
  private readonly notes = new Map<string, IndexedNote>();
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fired (debounced) after any note was added, changed or removed. */
  readonly onDidChange = this.emitter.event;
  private readonly typing = new Map<string, ReturnType<typeof setTimeout>>();
  /**
   * Per note with a read in flight: the ticket of the newest event about it (watcher, document
   * opened, typed or closed). A read stores its result only if its ticket is still the note's:
   * reads can finish out of order (workspace.fs, a held typing debounce), and the newest event
   * always reads again itself. Tickets only grow, so an entry can go once its read is stored,
   * and a delete voids every read in flight by removing the entry.
   */
  private readonly seq = new Map<string, number>();
  private tickets = 0;
  private fireTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private firstScan: Promise<void> | undefined;

  constructor(
    private readonly folder: vscode.WorkspaceFolder,
    private readonly settings: () => Settings,
    private readonly readHead?: HeadReader,
  ) {}

  /** The first (and only) full scan; watching starts before it, so no change is missed. */
  start(): Promise<void> {
    this.firstScan ??= this.scan();
    return this.firstScan;
  }

  /** Resolves when the first scan is done. */
  ready(): Promise<void> {
    return this.start();
  }

  get(uri: vscode.Uri): IndexedNote | undefined {
    return this.notes.get(this.pathOf(uri));
  }

  /** The contacts under the contacts folder, planned for `today` with the current settings. */
  agenda(today: Day): Agenda {
    const settings = this.settings();
    return buildAgenda(this.notesInScope().map((n) => n.read), settings, today);
  }

  /** Notes under the contacts folder: the setting is applied here, so changing it needs no rescan. */
  notesInScope(): IndexedNote[] {
    const folder = vaultFolder(this.settings().contactsFolder);
    return [...this.notes.values()].filter((n) => folder === '' || n.path.startsWith(`${folder}/`));
  }

  /** The note's URI from its workspace-relative path (as agenda items name notes). */
  uriOf(path: string): vscode.Uri | undefined {
    return this.notes.get(path)?.uri;
  }

  pathOf(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri, false).replace(/\\/g, '/');
  }

  /** How long the first scan's file search and reading took, for the timings. */
  readonly scanTimes = { findFilesMs: 0, readMs: 0, files: 0 };

  private async scan(): Promise<void> {
    this.watch();
    const t0 = performance.now();
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(this.folder, '**/*.md'));
    const t1 = performance.now();
    const wanted = uris.filter((u) => this.covers(u));
    for (let i = 0; i < wanted.length; i += READ_BATCH) {
      await Promise.all(wanted.slice(i, i + READ_BATCH).map((u) => this.refresh(u, false)));
      // Let the extension host breathe between batches: other extensions share its thread.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    Object.assign(this.scanTimes, { findFilesMs: t1 - t0, readMs: performance.now() - t1, files: wanted.length });
    this.fireSoon();
  }

  private covers(uri: vscode.Uri): boolean {
    return isMarkdown(uri) && !SKIPPED_FOLDERS.test(this.pathOf(uri));
  }

  private watch(): void {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(this.folder, '**'));
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.created(uri)),
      watcher.onDidChange((uri) => {
        if (this.covers(uri)) void this.refresh(uri, true);
      }),
      watcher.onDidDelete((uri) => this.deleted(uri)),
      vscode.workspace.onDidChangeTextDocument((e) => this.typed(e.document)),
      vscode.workspace.onDidOpenTextDocument((doc) => this.typed(doc)),
      // Closing an unsaved document drops its edits: the disk is the truth again, and typing
      // still waiting for its debounce must not bring the closed document's text back.
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (!this.ours(doc)) return;
        clearTimeout(this.typing.get(doc.uri.toString()));
        this.typing.delete(doc.uri.toString());
        void this.refresh(doc.uri, true);
      }),
    );
  }

  private ours(doc: vscode.TextDocument): boolean {
    return doc.uri.scheme === this.folder.uri.scheme && this.covers(doc.uri) && this.inFolder(doc.uri);
  }

  private typed(doc: vscode.TextDocument): void {
    if (!this.ours(doc)) return;
    const key = doc.uri.toString();
    const ticket = this.bump(this.pathOf(doc.uri));
    clearTimeout(this.typing.get(key));
    this.typing.set(
      key,
      setTimeout(() => {
        this.typing.delete(key);
        if (doc.isClosed) return;
        this.store(doc.uri, readNote(this.pathOf(doc.uri), doc.getText()), true, ticket);
      }, TYPING_DEBOUNCE_MS),
    );
  }

  /** A new event about the note at `path`: reads started before it are out of date. */
  private bump(path: string): number {
    const ticket = ++this.tickets;
    this.seq.set(path, ticket);
    return ticket;
  }

  private inFolder(uri: vscode.Uri): boolean {
    const root = this.folder.uri.path.replace(/\/$/, '');
    return uri.path.startsWith(`${root}/`);
  }

  private async created(uri: vscode.Uri): Promise<void> {
    if (this.covers(uri)) return this.refresh(uri, true);
    // A folder moved or copied in: its notes arrive as one event on some platforms.
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.Directory) {
        const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*.md'));
        await Promise.all(uris.filter((u) => this.covers(u)).map((u) => this.refresh(u, true)));
      }
    } catch {
      // Gone again before we looked: nothing to index.
    }
  }

  private deleted(uri: vscode.Uri): void {
    const key = this.pathOf(uri);
    const prefix = `${key.replace(/\/$/, '')}/`;
    // Reads still running of the note, or of any note in a deleted folder, are void.
    for (const k of [...this.seq.keys()]) if (k === key || k.startsWith(prefix)) this.seq.delete(k);
    let removed = false;
    for (const k of [...this.notes.keys()]) {
      if (k === key || k.startsWith(prefix)) removed = this.notes.delete(k) || removed;
    }
    if (removed) this.fireSoon();
  }

  /** Reads one note (the open document's text when there is one) and stores what it says. */
  private async refresh(uri: vscode.Uri, notify: boolean): Promise<void> {
    const path = this.pathOf(uri);
    const ticket = this.bump(path);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
    if (open) {
      this.store(uri, readNote(path, open.getText()), notify, ticket);
      return;
    }
    if (this.readHead && uri.scheme === 'file') {
      let head: string | null | undefined;
      try {
        head = this.readHead(uri.fsPath);
      } catch (error) {
        if (error instanceof Error && error.message === 'is not UTF-8 text') {
          this.store(uri, notUtf8(path), notify, ticket);
          return;
        }
        // Not readable through Node (gone, or a file only VS Code can reach): ask VS Code below.
        head = undefined;
      }
      if (head !== undefined) {
        this.store(uri, head === null ? null : readNote(path, head), notify, ticket);
        return;
      }
    }
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      // Gone, unless a newer event (a create, say) said otherwise meanwhile.
      this.store(uri, null, notify, ticket);
      return;
    }
    const text = decodeNote(bytes);
    this.store(uri, text === null ? notUtf8(path) : readNote(path, text), notify, ticket);
  }

  /** Stores a read started at `ticket`, unless a newer event about the note came in since. */
  private store(uri: vscode.Uri, read: ReadResult | null, notify: boolean, ticket: number): void {
    const path = this.pathOf(uri);
    if (this.seq.get(path) !== ticket) return;
    this.seq.delete(path);
    if (read === null) {
      if (!this.notes.delete(path)) return;
    } else this.notes.set(path, { uri, path, read });
    if (notify) this.fireSoon();
  }

  private fireSoon(): void {
    clearTimeout(this.fireTimer);
    this.fireTimer = setTimeout(() => this.emitter.fire(), CHANGE_DEBOUNCE_MS);
  }

  dispose(): void {
    clearTimeout(this.fireTimer);
    for (const t of this.typing.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
