/**
 * The live index of contact notes. Built from the metadata cache (never by reading files) and
 * kept current one note at a time, so a vault of 10k notes costs one lookup per edit.
 *
 * The build runs in short chunks when the window is idle (IndexBuild), planning each chunk's
 * contacts for today and merging them into today's agenda as it goes, so neither opening a big
 * vault nor the first sidebar render blocks the window: views show `progress` meanwhile. What
 * needs every note first (`agenda`, `all` once iterated) finishes the build at once; `get` reads
 * a note not reached yet on the spot. After a build an
 * agenda follows edits by updating the cached one (updateAgenda), not by planning everything.
 */
import { debounce, Events, TFile } from 'obsidian';
import type { App, CachedMetadata, Component, EventRef, TAbstractFile } from 'obsidian';
import { buildAgenda, updateAgenda, type Agenda } from '../core/agenda';
import { isContactFrontmatter, readContact, type ReadResult } from '../core/schema';
import type { Settings } from '../core/settings';
import type { Contact, Day, Plan } from '../core/types';
import { brokenFrontmatter, mayHaveBrokenFrontmatter } from './broken-frontmatter';
import type { ContactIndexPort, IndexChange, IndexProgress } from './context';
import { IndexBuild, type BuildSteps } from './index-build';
import { PlanCache } from './plan-cache';
import { vaultFolder } from '../core/vault-folder';

/** Long enough to fold a burst (a rename touching many notes, a sync) into one redraw. */
export const CHANGED_DEBOUNCE_MS = 150;
/** Agendas kept: today's plus a few daily notes' days. */
const AGENDA_CACHE_SIZE = 8;
/** Past this many changed notes, an agenda is built afresh rather than updated. */
const UPDATE_LIMIT = 1000;

export interface IndexOptions extends BuildSteps {
  /** Today, to plan contacts for while building; without it nothing is planned ahead. */
  today?: () => Day;
}

/** A cached agenda and the notes changed since it was made. */
interface KeptAgenda {
  agenda: Agenda;
  changed: Set<string>;
}

export class ContactIndex extends Events implements ContactIndexPort {
  private readonly notes = new Map<string, ReadResult>();
  private readonly agendas = new Map<Day, KeptAgenda>();
  private readonly plans = new PlanCache();
  private readonly plan = (c: Contact, s: Settings, d: Day): Plan => this.plans.plan(c, s, d);
  private build: IndexBuild | null = null;
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
    private readonly options: IndexOptions = {},
  ) {
    super();
    this.folder = folderPrefix(settings().contactsFolder);
  }

  override on(name: 'changed', callback: (change: IndexChange) => unknown, ctx?: unknown): EventRef;
  override on(name: 'progress', callback: (progress: IndexProgress) => unknown, ctx?: unknown): EventRef;
  override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
    return super.on(name, callback as (...data: unknown[]) => unknown, ctx);
  }

  get progress(): IndexProgress | null {
    return this.build?.progress ?? null;
  }

  get(path: string): ReadResult | undefined {
    if (this.build && !this.notes.has(path)) this.readNow(path);
    return this.notes.get(path);
  }

  *all(): Iterable<ReadResult> {
    this.finishBuild();
    yield* this.notes.values();
  }

  agenda(today: Day): Agenda {
    this.finishBuild();
    const kept = this.agendas.get(today);
    if (kept && kept.changed.size === 0) return kept.agenda;
    const settings = this.settings();
    let agenda: Agenda;
    if (kept) {
      const changed = [...kept.changed].flatMap((path) => this.notes.get(path) ?? []);
      agenda = updateAgenda(kept.agenda, kept.changed, changed, settings, this.plan);
    } else {
      if (this.agendas.size >= AGENDA_CACHE_SIZE) this.agendas.clear();
      agenda = buildAgenda(this.notes.values(), settings, today, this.plan);
    }
    this.agendas.set(today, { agenda, changed: new Set() });
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

  /** Stops a pending 'changed' and the build from running after the plugin unloaded. */
  stop(): void {
    this.emitChanged.cancel();
    this.build?.stop();
    this.build = null;
  }

  /** The settings changed: a new contacts folder needs a new scan; anything else a new agenda. */
  settingsChanged(): void {
    this.plans.clear();
    const folder = folderPrefix(this.settings().contactsFolder);
    // A build under way has planned with the old settings: it starts again.
    if (folder !== this.folder || this.build !== null) {
      this.folder = folder;
      this.rebuild();
    } else this.changed(null);
  }

  /** Starts reading every note afresh: the first chunk now, the rest when the window is idle. */
  private rebuild(): void {
    this.build?.stop();
    this.notes.clear();
    this.agendas.clear();
    // Versions up to this one are older than the build: a note updated since is left alone.
    const since = this.version;
    const build = new IndexBuild(
      this.app.vault.getMarkdownFiles(),
      this.options.today?.(),
      {
        read: (file) => this.readBuilt(since, file),
        plan: (read, day) => buildAgenda(read, this.settings(), day, this.plan),
        progress: () => this.trigger('progress', this.progress),
        done: (agenda, changed) => {
          this.build = null;
          this.changed(null);
          if (agenda) this.agendas.set(agenda.today, { agenda, changed: new Set(changed) });
        },
      },
      this.options,
    );
    this.build = build;
    build.start();
  }

  /** `all`/`agenda` before the build is done: finish it now, since they must see every note. */
  private finishBuild(): void {
    this.build?.finish();
  }

  private readBuilt(since: number, file: TFile): ReadResult | undefined {
    if (!this.inFolder(file.path) || (this.versions.get(file.path) ?? -1) > since) return undefined;
    const cache = this.app.metadataCache.getFileCache(file);
    const result = read(file.path, cache);
    if (result) this.notes.set(file.path, result);
    else this.checkText(file, cache);
    return result;
  }

  /** `get` for a note the build has not reached: read it now, and have the build leave it. */
  private readNow(path: string): void {
    const file = this.app.vault.getAbstractFileByPath(path);
    if (!(file instanceof TFile) || file.extension !== 'md') return;
    this.versions.set(path, ++this.version);
    this.build?.changed.add(path);
    const result = this.inFolder(path) ? read(path, this.app.metadataCache.getFileCache(file)) : undefined;
    if (result) this.notes.set(path, result);
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
    if (path === null) this.agendas.clear();
    else {
      this.build?.changed.add(path);
      for (const [day, kept] of this.agendas) {
        kept.changed.add(path);
        if (kept.changed.size > UPDATE_LIMIT) this.agendas.delete(day);
      }
    }
    if (path === null) this.pending = null;
    else this.pending?.add(path);
    // During a build the 'changed' that ends it covers everything.
    if (this.build === null) this.emitChanged();
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
  const trimmed = vaultFolder(folder.trim());
  return trimmed === '' ? '' : `${trimmed}/`;
}
