/**
 * A small, faithful fake of the `vscode` module for the adapter's unit tests (aliased as
 * `vscode` in vitest.config.ts, as `obsidian` is aliased to obsidian-test-mocks). Only what the
 * extension uses, behaving as VS Code documents it: an in-memory file system under one workspace
 * folder, documents with versions and dirty state, WorkspaceEdits refused when the document
 * changed since it was read, file watchers fed by the fake's own writes, and scripted answers for
 * dialogs and pickers. `fake` is the test's handle on it.
 */

import type * as vs from 'vscode';

type Listener<T> = (e: T) => unknown;

export class Disposable {
  constructor(private readonly fn: () => void) {}
  static from(...items: Array<{ dispose(): unknown }>): Disposable {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
  dispose(): void {
    this.fn();
  }
}

export class EventEmitter<T> {
  private listeners = new Set<Listener<T>>();
  readonly event = (listener: Listener<T>): Disposable => {
    this.listeners.add(listener);
    return new Disposable(() => this.listeners.delete(listener));
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }
  dispose(): void {
    this.listeners.clear();
  }
}

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly path: string,
  ) {}
  static file(path: string): Uri {
    return new Uri('file', path.startsWith('/') ? path : `/${path}`);
  }
  static parse(value: string): Uri {
    const at = value.indexOf(':');
    return new Uri(value.slice(0, at), decodeURIComponent(value.slice(at + 1).replace(/^\/\//, '')));
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, [base.path.replace(/\/$/, ''), ...parts].join('/'));
  }
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    return this.scheme === 'file' ? `file://${encodeURI(this.path)}` : `${this.scheme}:${this.path}`;
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
  isEqual(o: Position): boolean {
    return o.line === this.line && o.character === this.character;
  }
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    this.start = typeof a === 'number' ? new Position(a, b as number) : a;
    this.end = typeof a === 'number' ? new Position(c ?? 0, d ?? 0) : (b as Position);
  }
  get isEmpty(): boolean {
    return this.start.isEqual(this.end);
  }
  isEqual(o: Range): boolean {
    return this.start.isEqual(o.start) && this.end.isEqual(o.end);
  }
}

export class Selection extends Range {
  constructor(anchor: Position, active: Position) {
    super(anchor, active);
  }
}

export enum DiagnosticSeverity {
  Error = 0,
  Warning = 1,
  Information = 2,
  Hint = 3,
}
export enum TreeItemCollapsibleState {
  None = 0,
  Collapsed = 1,
  Expanded = 2,
}
export enum StatusBarAlignment {
  Left = 1,
  Right = 2,
}
export enum FileType {
  Unknown = 0,
  File = 1,
  Directory = 2,
}
export enum TextEditorRevealType {
  Default = 0,
  InCenter = 1,
}

export class Diagnostic {
  source?: string;
  code?: string | number;
  constructor(
    readonly range: Range,
    readonly message: string,
    readonly severity: DiagnosticSeverity = DiagnosticSeverity.Error,
  ) {}
}

export class CodeLens {
  constructor(
    readonly range: Range,
    readonly command?: { title: string; command: string; tooltip?: string; arguments?: unknown[] },
  ) {}
}

export class MarkdownString {
  isTrusted = false;
  constructor(readonly value = '') {}
}

export class Hover {
  constructor(
    readonly contents: MarkdownString,
    readonly range?: Range,
  ) {}
}

export class CodeActionKind {
  static readonly QuickFix = new CodeActionKind('quickfix');
  constructor(readonly value: string) {}
}

/**
 * VS Code's extension host stamps each text edit with the version of the document it knows when
 * the edit is made; the main thread refuses the edit if the document moved on since.
 */
export class WorkspaceEdit {
  readonly edits: Array<{ uri: Uri; range: Range; text: string; version: number | undefined }> = [];
  replace(uri: Uri, range: Range, text: string): void {
    this.edits.push({ uri, range, text, version: documents.get(uri.path)?.version });
  }
}

export class CodeAction {
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
  edit?: WorkspaceEdit;
  constructor(
    readonly title: string,
    readonly kind?: CodeActionKind,
  ) {}
}

export class ThemeIcon {
  constructor(readonly id: string) {}
}

export class TreeItem {
  id?: string;
  description?: string;
  tooltip?: string;
  contextValue?: string;
  iconPath?: ThemeIcon;
  resourceUri?: Uri;
  command?: { command: string; title: string; arguments?: unknown[] };
  constructor(
    readonly label: string,
    readonly collapsibleState: TreeItemCollapsibleState = TreeItemCollapsibleState.None,
  ) {}
}

export class RelativePattern {
  readonly baseUri: Uri;
  constructor(
    base: { uri: Uri } | Uri,
    readonly pattern: string,
  ) {
    this.baseUri = base instanceof Uri ? base : base.uri;
  }
}

// ---- Documents ---------------------------------------------------------------------------

export class TextDocument {
  version = 1;
  isDirty = false;
  isClosed = false;
  readonly languageId: string;
  constructor(
    readonly uri: Uri,
    private text: string,
  ) {
    this.languageId = /\.md$/i.test(uri.path) ? 'markdown' : 'plaintext';
  }
  getText(range?: Range): string {
    if (!range) return this.text;
    return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }
  get lineCount(): number {
    return this.text.split('\n').length;
  }
  offsetAt(p: Position): number {
    const lines = this.text.split('\n');
    let offset = 0;
    for (let i = 0; i < p.line && i < lines.length; i++) offset += (lines[i]?.length ?? 0) + 1;
    const line = lines[p.line] ?? '';
    return Math.min(offset + Math.min(p.character, line.replace(/\r$/, '').length), this.text.length);
  }
  positionAt(offset: number): Position {
    const before = this.text.slice(0, Math.max(0, Math.min(offset, this.text.length)));
    const line = before.split('\n').length - 1;
    return new Position(line, before.length - (before.lastIndexOf('\n') + 1));
  }
  lineAt(line: number): { text: string; range: Range } {
    const text = (this.text.split('\n')[line] ?? '').replace(/\r$/, '');
    return { text, range: new Range(line, 0, line, text.length) };
  }
  /** Test and fake use: the user types (or an edit lands); the document becomes dirty. */
  setText(text: string, dirty = true): void {
    this.text = text;
    this.version++;
    this.isDirty = dirty;
    changeDocument.fire({ document: this });
  }
  async save(): Promise<boolean> {
    fake.writeFile(this.uri.path, this.text, { fromSave: true });
    this.isDirty = false;
    return true;
  }
}

// ---- The fake's state and its handle ------------------------------------------------------

const files = new Map<string, Uint8Array>();
const documents = new Map<string, TextDocument>();
const watchers = new Set<{ base: string; create: EventEmitter<Uri>; change: EventEmitter<Uri>; del: EventEmitter<Uri> }>();
const changeDocument = new EventEmitter<{ document: TextDocument }>();
const openDocument = new EventEmitter<TextDocument>();
const closeDocument = new EventEmitter<TextDocument>();
const changeConfiguration = new EventEmitter<{ affectsConfiguration(section: string): boolean }>();
const registeredCommands = new Map<string, (...args: unknown[]) => unknown>();
const collections: FakeDiagnosticCollection[] = [];

export interface Said {
  level: 'info' | 'warning' | 'error';
  message: string;
  modal: boolean;
  detail?: string;
}

const ROOT = '/vault';

export const fake = {
  root: ROOT,
  said: [] as Said[],
  /** Answers for modal dialogs, quick picks and input boxes, taken in order; undefined = Escape. */
  answers: [] as Array<string | undefined>,
  /** Called when a modal opens, before its answer is taken: lets a test change the note meanwhile. */
  onModal: undefined as (() => void) | undefined,
  configuration: {} as Record<string, unknown>,
  findFilesCalls: 0,
  clipboard: '',
  opened: [] as string[],
  statusBar: { text: '', visible: false },
  /**
   * When set, every workspace.fs.readFile takes the bytes as they are when it starts, then waits
   * for this before returning them: a test holds reads and lets them finish in the order it wants.
   */
  readGate: undefined as ((path: string) => Promise<void>) | undefined,
  /** The last text edit applied: the range replaced (offsets in the old text) and the new text. */
  lastEdit: undefined as { path: string; from: number; to: number; text: string } | undefined,
  reset(): void {
    this.lastEdit = undefined;
    this.readGate = undefined;
    files.clear();
    documents.clear();
    watchers.clear();
    registeredCommands.clear();
    collections.length = 0;
    this.said = [];
    this.answers = [];
    this.onModal = undefined;
    this.configuration = {};
    this.findFilesCalls = 0;
    this.clipboard = '';
    this.opened = [];
    this.statusBar = { text: '', visible: false };
    window.activeTextEditor = undefined;
    folders = [firstFolder];
  },
  /** Adds a workspace folder at `/<name>` (files under it are written with absolute paths). */
  addFolder(name: string): void {
    const added = { uri: Uri.file(`/${name}`), name, index: folders.length };
    folders = [...folders, added];
    changeFolders.fire({ added: [added], removed: [] });
  },
  removeFolder(name: string): void {
    const removed = folders.filter((f) => f.name === name);
    folders = folders.filter((f) => f.name !== name).map((f, index) => ({ ...f, index }));
    changeFolders.fire({ added: [], removed });
  },
  /** Typed as the real module's Uri, so tests pass it to the code under test as VS Code would. */
  uri(rel: string): vs.Uri {
    return Uri.file(`${ROOT}/${rel}`) as unknown as vs.Uri;
  },
  /** Writes a file as another program would: watchers see a create or a change. */
  writeFile(path: string, text: string | Uint8Array, opts: { fromSave?: boolean; silent?: boolean } = {}): void {
    const abs = path.startsWith('/') ? path : `${ROOT}/${path}`;
    const existed = files.has(abs);
    files.set(abs, typeof text === 'string' ? new TextEncoder().encode(text) : text);
    const doc = documents.get(abs);
    // An open, unmodified document follows the disk, as VS Code reloads it.
    if (doc && !opts.fromSave && !doc.isDirty) doc.setText(typeof text === 'string' ? text : new TextDecoder().decode(text), false);
    if (!opts.silent) for (const w of watchers) if (abs.startsWith(`${w.base}/`)) (existed ? w.change : w.create).fire(Uri.file(abs));
  },
  deleteFile(path: string): void {
    const abs = path.startsWith('/') ? path : `${ROOT}/${path}`;
    for (const k of [...files.keys()]) if (k === abs || k.startsWith(`${abs}/`)) files.delete(k);
    for (const w of watchers) if (abs.startsWith(`${w.base}/`)) w.del.fire(Uri.file(abs));
  },
  /** A file's text, by vault-relative path or (another folder's) absolute path. */
  readFile(rel: string): string {
    const bytes = files.get(rel.startsWith('/') ? rel : `${ROOT}/${rel}`);
    if (!bytes) throw new Error(`no file ${rel}`);
    return new TextDecoder().decode(bytes);
  },
  document(rel: string): TextDocument | undefined {
    return documents.get(`${ROOT}/${rel}`);
  },
  closeDocument(rel: string): void {
    const doc = documents.get(`${ROOT}/${rel}`);
    if (!doc) return;
    documents.delete(`${ROOT}/${rel}`);
    doc.isClosed = true;
    closeDocument.fire(doc);
  },
  command(id: string): (...args: unknown[]) => unknown {
    const run = registeredCommands.get(id);
    if (!run) throw new Error(`command ${id} is not registered`);
    return run;
  },
  commandIds(): string[] {
    return [...registeredCommands.keys()];
  },
  diagnostics(rel: string): Diagnostic[] {
    const key = Uri.file(`${ROOT}/${rel}`).toString();
    return collections.flatMap((c) => c.entries.get(key) ?? []);
  },
  changeConfiguration(): void {
    changeConfiguration.fire({ affectsConfiguration: (s) => s.startsWith('pleasantlyPersistent') });
  },
};

function takeAnswer(): string | undefined {
  return fake.answers.shift();
}

// ---- workspace -------------------------------------------------------------------------------

/** The workspace's folders: `/vault` unless a test adds more (a multi-root workspace). */
const firstFolder = { uri: Uri.file(ROOT), name: 'vault', index: 0 };
let folders: Array<{ uri: Uri; name: string; index: number }> = [firstFolder];
const changeFolders = new EventEmitter<{ added: typeof folders; removed: typeof folders }>();

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charAt(i);
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else re += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export const workspace = {
  get workspaceFolders() {
    return folders;
  },
  get textDocuments(): TextDocument[] {
    return [...documents.values()];
  },
  fs: {
    async readFile(uri: Uri): Promise<Uint8Array> {
      const bytes = files.get(uri.path);
      await fake.readGate?.(uri.path);
      if (!bytes) throw Object.assign(new Error(`EntryNotFound (FileSystemError): ${uri.toString()}`), { code: 'FileNotFound' });
      return bytes;
    },
    async writeFile(uri: Uri, bytes: Uint8Array): Promise<void> {
      fake.writeFile(uri.path, bytes);
    },
    async readDirectory(uri: Uri): Promise<Array<[string, FileType]>> {
      const base = `${uri.path.replace(/\/$/, '')}/`;
      const children = new Map<string, FileType>();
      for (const k of files.keys()) {
        if (!k.startsWith(base)) continue;
        const [first, ...rest] = k.slice(base.length).split('/');
        if (first) children.set(first, rest.length > 0 ? FileType.Directory : FileType.File);
      }
      if (children.size === 0) throw Object.assign(new Error(`EntryNotFound (FileSystemError): ${uri.toString()}`), { code: 'FileNotFound' });
      return [...children];
    },
    async stat(uri: Uri): Promise<{ type: FileType }> {
      if (files.has(uri.path)) return { type: FileType.File };
      if ([...files.keys()].some((k) => k.startsWith(`${uri.path}/`))) return { type: FileType.Directory };
      throw new Error(`EntryNotFound: ${uri.toString()}`);
    },
  },
  async findFiles(pattern: RelativePattern): Promise<Uri[]> {
    fake.findFilesCalls++;
    const re = globToRegExp(pattern.pattern);
    const base = pattern.baseUri.path.replace(/\/$/, '');
    return [...files.keys()].filter((k) => k.startsWith(`${base}/`) && re.test(k.slice(base.length + 1))).map((k) => Uri.file(k));
  },
  createFileSystemWatcher(pattern: RelativePattern) {
    const w = { base: pattern.baseUri.path.replace(/\/$/, ''), create: new EventEmitter<Uri>(), change: new EventEmitter<Uri>(), del: new EventEmitter<Uri>() };
    watchers.add(w);
    return {
      onDidCreate: w.create.event,
      onDidChange: w.change.event,
      onDidDelete: w.del.event,
      dispose: () => watchers.delete(w),
    };
  },
  async openTextDocument(uri: Uri): Promise<TextDocument> {
    const open = documents.get(uri.path);
    if (open) return open;
    const bytes = files.get(uri.path);
    if (!bytes) throw new Error(`cannot open ${uri.toString()}: not found`);
    const doc = new TextDocument(uri, new TextDecoder().decode(bytes));
    documents.set(uri.path, doc);
    openDocument.fire(doc);
    return doc;
  },
  /** Applies every edit, or none: refused when a document changed since the edit was made. */
  async applyEdit(edit: WorkspaceEdit): Promise<boolean> {
    for (const e of edit.edits) {
      const doc = await workspace.openTextDocument(e.uri);
      if (e.version !== undefined && e.version !== doc.version) return false;
    }
    for (const e of edit.edits) {
      const doc = documents.get(e.uri.path);
      if (!doc) return false;
      const text = doc.getText();
      const from = doc.offsetAt(e.range.start);
      const to = doc.offsetAt(e.range.end);
      doc.setText(text.slice(0, from) + e.text + text.slice(to), true);
      fake.lastEdit = { path: e.uri.path, from, to, text: e.text };
    }
    return true;
  },
  /** Relative to the innermost folder containing it, as VS Code does with includeWorkspaceFolder false. */
  asRelativePath(uri: Uri | string): string {
    const path = typeof uri === 'string' ? uri : uri.path;
    const inside = folders.filter((f) => path.startsWith(`${f.uri.path}/`)).sort((a, b) => b.uri.path.length - a.uri.path.length)[0];
    return inside ? path.slice(inside.uri.path.length + 1) : path;
  },
  getConfiguration(_section?: string) {
    return { get: <T>(key: string): T | undefined => fake.configuration[key] as T | undefined };
  },
  onDidChangeTextDocument: changeDocument.event,
  onDidOpenTextDocument: openDocument.event,
  onDidCloseTextDocument: closeDocument.event,
  onDidChangeConfiguration: changeConfiguration.event,
  onDidChangeWorkspaceFolders: changeFolders.event,
};

// ---- window ----------------------------------------------------------------------------------

interface MessageOptions {
  modal?: boolean;
  detail?: string;
}

async function say(level: Said['level'], message: string, rest: unknown[]): Promise<string | undefined> {
  const options = typeof rest[0] === 'object' && rest[0] !== null ? (rest[0] as MessageOptions) : {};
  const items = rest.filter((r): r is string => typeof r === 'string');
  fake.said.push({ level, message, modal: options.modal === true, ...(options.detail === undefined ? {} : { detail: options.detail }) });
  if (!options.modal) return undefined;
  fake.onModal?.();
  const answer = takeAnswer();
  return answer !== undefined && items.includes(answer) ? answer : undefined;
}

export const window = {
  activeTextEditor: undefined as { document: TextDocument; selection: Selection } | undefined,
  showInformationMessage: (message: string, ...rest: unknown[]) => say('info', message, rest),
  showWarningMessage: (message: string, ...rest: unknown[]) => say('warning', message, rest),
  showErrorMessage: (message: string, ...rest: unknown[]) => say('error', message, rest),
  async showQuickPick<T extends { label: string }>(items: T[]): Promise<T | undefined> {
    const answer = takeAnswer();
    return items.find((i) => i.label === answer);
  },
  async showInputBox(options: { validateInput?: (v: string) => string | null | undefined }): Promise<string | undefined> {
    const answer = takeAnswer();
    if (answer === undefined) return undefined;
    const invalid = options.validateInput?.(answer);
    if (invalid) throw new Error(`the input box would not accept "${answer}": ${invalid}`);
    return answer;
  },
  async showTextDocument(target: Uri | TextDocument) {
    const doc = target instanceof TextDocument ? target : await workspace.openTextDocument(target);
    fake.opened.push(workspace.asRelativePath(doc.uri));
    const editor = { document: doc, selection: new Selection(new Position(0, 0), new Position(0, 0)), revealRange: () => undefined };
    window.activeTextEditor = editor;
    return editor;
  },
  createStatusBarItem() {
    return {
      text: '',
      name: '',
      tooltip: '',
      command: '',
      show() {
        fake.statusBar = { text: this.text, visible: true };
      },
      hide() {
        fake.statusBar = { text: this.text, visible: false };
      },
      dispose() {},
    };
  },
  createTreeView() {
    return { dispose() {} };
  },
  createOutputChannel() {
    const lines: string[] = [];
    return { lines, appendLine: (l: string) => lines.push(l), dispose() {} };
  },
};

// ---- languages, commands, env --------------------------------------------------------------

class FakeDiagnosticCollection {
  readonly entries = new Map<string, Diagnostic[]>();
  constructor(readonly name: string) {}
  set(uri: Uri, diagnostics: Diagnostic[]): void {
    this.entries.set(uri.toString(), diagnostics);
  }
  delete(uri: Uri): void {
    this.entries.delete(uri.toString());
  }
  get(uri: Uri): Diagnostic[] | undefined {
    return this.entries.get(uri.toString());
  }
  dispose(): void {
    this.entries.clear();
  }
}

export const languages = {
  createDiagnosticCollection(name: string): FakeDiagnosticCollection {
    const c = new FakeDiagnosticCollection(name);
    collections.push(c);
    return c;
  },
  registerCodeLensProvider: () => new Disposable(() => undefined),
  registerHoverProvider: () => new Disposable(() => undefined),
  registerCodeActionsProvider: () => new Disposable(() => undefined),
};

export const commands = {
  registerCommand(id: string, run: (...args: unknown[]) => unknown): Disposable {
    if (registeredCommands.has(id)) throw new Error(`command '${id}' already exists`);
    registeredCommands.set(id, run);
    return new Disposable(() => registeredCommands.delete(id));
  },
  async executeCommand(id: string, ...args: unknown[]): Promise<unknown> {
    return registeredCommands.get(id)?.(...args);
  },
};

export const env = {
  clipboard: {
    async writeText(text: string): Promise<void> {
      fake.clipboard = text;
    },
  },
  async openExternal(uri: Uri): Promise<boolean> {
    fake.opened.push(uri.toString());
    return true;
  },
};
