/**
 * The live index of contact notes. Built from the metadata cache (never by reading files) and
 * kept current one note at a time, so a vault of 10k notes costs one lookup per edit.
 */
import { debounce, Events, TFile } from 'obsidian';
import type { App, CachedMetadata, Component, EventRef, TAbstractFile } from 'obsidian';
import { buildAgenda } from '../core/agenda';
import type { Agenda } from '../core/agenda';
import { isContactFrontmatter, readContact } from '../core/schema';
import type { ReadResult } from '../core/schema';
import type { Settings } from '../core/settings';
import type { Day } from '../core/types';
import { brokenFrontmatter, mayHaveBrokenFrontmatter } from './broken-frontmatter';
import type { ContactIndexPort, IndexChange } from './context';
import { PlanCache } from './plan-cache';

/** Long enough to fold a burst (a rename touching many notes, a sync) into one redraw. */
export const CHANGED_DEBOUNCE_MS = 150;
/** Agendas kept per index version: today's plus a few daily notes' days. */
const AGENDA_CACHE_SIZE = 8;

export class ContactIndex extends Events implements ContactIndexPort {
  private readonly notes = new Map<string, ReadResult>();
  private readonly agendas = new Map<Day, Agenda>();
  private readonly plans = new PlanCache();
  private folder: string;
  /** What changed since the last 'changed' event: these notes, or everything (null). */
  private pending: Set<string> | null = new Set();
  /** Per path, the latest update: a text read that finishes after a newer update is dropped. */
  private readonly versions = new Map<string, number>();
  private version = 0;
  private readonly emitChanged = debounce(() => this.emit(), CHANGED_DEBOUNCE_MS, true);

  constructor(
    private readonly app: App,
    private readonly settings: () => Settings,
  ) {
    super();
    this.folder = folderPrefix(settings().contactsFolder);
  }

  override on(name: 'changed', callback: (change: IndexChange) => unknown, ctx?: unknown): EventRef {
    return super.on(name, callback as (...data: unknown[]) => unknown, ctx);
  }

  get(path: string): ReadResult | undefined {
    return this.notes.get(path);
  }

  all(): Iterable<ReadResult> {
    return this.notes.values();
  }

  agenda(today: Day): Agenda {
    const cached = this.agendas.get(today);
    if (cached) return cached;
    if (this.agendas.size >= AGENDA_CACHE_SIZE) this.agendas.clear();
    const agenda = buildAgenda(this.notes.values(), this.settings(), today, (c, s, d) => this.plans.plan(c, s, d));
    this.agendas.set(today, agenda);
    return agenda;
  }

  /** Call once the layout is ready; events are tied to `host` so they end with the plugin. */
  start(host: Pick<Component, 'registerEvent'>): void {
    const { metadataCache, vault } = this.app;
    host.registerEvent(metadataCache.on('changed', (file, _data, cache) => this.update(file, cache)));
    host.registerEvent(vault.on('create', (file) => this.updateFromCache(file)));
    host.registerEvent(vault.on('delete', (file) => this.remove(file.path)));
    host.registerEvent(
      vault.on('rename', (file, oldPath) => {
        this.versions.set(oldPath, ++this.version);
        if (this.notes.delete(oldPath)) this.changed(oldPath);
        this.updateFromCache(file);
      }),
    );
    this.rebuild();
    // At startup the cache may still be indexing: read everything once more when it is done.
    if ('resolved' in metadataCache && metadataCache.resolved === false) {
      const ref = metadataCache.on('resolved', () => {
        metadataCache.offref(ref);
        this.rebuild();
      });
      host.registerEvent(ref);
    }
  }

  /** Stops a pending 'changed' from firing after the plugin unloaded. */
  stop(): void {
    this.emitChanged.cancel();
  }

  /** The settings changed: a new contacts folder needs a new scan; anything else a new agenda. */
  settingsChanged(): void {
    this.plans.clear();
    const folder = folderPrefix(this.settings().contactsFolder);
    if (folder !== this.folder) {
      this.folder = folder;
      this.rebuild();
    } else this.changed(null);
  }

  private rebuild(): void {
    this.notes.clear();
    const { metadataCache, vault } = this.app;
    for (const file of vault.getMarkdownFiles()) {
      if (!this.inFolder(file.path)) continue;
      const cache = metadataCache.getFileCache(file);
      const result = read(file.path, cache);
      if (result) this.notes.set(file.path, result);
      else this.checkText(file, cache);
    }
    this.changed(null);
  }

  private update(file: TFile, cache: CachedMetadata | null): void {
    const inFolder = this.inFolder(file.path);
    const result = inFolder ? read(file.path, cache) : undefined;
    this.versions.set(file.path, ++this.version);
    if (inFolder && !result) this.checkText(file, cache);
    if (result) this.notes.set(file.path, result);
    else if (!this.notes.delete(file.path)) return;
    this.changed(file.path);
  }

  private updateFromCache(file: TAbstractFile): void {
    if (file instanceof TFile && file.extension === 'md') this.update(file, this.app.metadataCache.getFileCache(file));
  }

  /** No frontmatter from the cache: a contact whose YAML is broken is shown as a problem, read from its text. */
  private checkText(file: TFile, cache: CachedMetadata | null): void {
    if (!mayHaveBrokenFrontmatter(cache)) return;
    const version = this.versions.get(file.path);
    void this.app.vault.cachedRead(file).then(
      (text) => {
        if (this.versions.get(file.path) !== version || !this.inFolder(file.path)) return;
        const broken = brokenFrontmatter(file.path, text);
        if (broken === null) return;
        this.notes.set(file.path, broken);
        this.changed(file.path);
      },
      () => undefined, // gone or unreadable: nothing to show
    );
  }

  private remove(path: string): void {
    this.versions.set(path, ++this.version);
    if (this.notes.delete(path)) this.changed(path);
  }

  private inFolder(path: string): boolean {
    return this.folder === '' || path.startsWith(this.folder);
  }

  /** `path` changed, or (null) every note or the settings did. */
  private changed(path: string | null): void {
    this.agendas.clear();
    if (path === null) this.pending = null;
    else this.pending?.add(path);
    this.emitChanged();
  }

  private emit(): void {
    const change: IndexChange = this.pending === null ? { type: 'all' } : { type: 'notes', paths: [...this.pending] };
    this.pending = new Set();
    this.trigger('changed', change);
  }
}

function read(path: string, cache: CachedMetadata | null): ReadResult | undefined {
  const fm: unknown = cache?.frontmatter;
  return isContactFrontmatter(fm) ? readContact(path, fm) : undefined;
}

/** `People/` for `People`, `/People/` or `People/`; empty for the whole vault. */
function folderPrefix(folder: string): string {
  const trimmed = folder.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '' : `${trimmed}/`;
}
