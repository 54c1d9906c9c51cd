/**
 * What the plugin's parts (view, agenda block, commands, settings tab) get instead of the
 * plugin itself: a small set of ports, so tests can build them with fakes and no part keeps
 * a reference to another part.
 */
import type { App, EventRef } from 'obsidian';
import type { Agenda } from '../core/agenda';
import type { ReadResult } from '../core/schema';
import type { Settings } from '../core/settings';
import type { Day } from '../core/types';

/**
 * What one 'changed' event covers, folded over the debounce: these notes (added, edited,
 * renamed from or to, removed), or everything (a rebuild, or the settings changed).
 */
export type IndexChange = { type: 'notes'; paths: readonly string[] } | { type: 'all' };

/** How far the index's build has got, in notes looked at. */
export interface IndexProgress {
  done: number;
  total: number;
}

/** The live index of contact notes over the metadata cache (src/plugin/contact-index.ts). */
export interface ContactIndexPort {
  /** Fires (debounced) after contact notes or the settings changed; see IndexChange. */
  on(name: 'changed', callback: (change: IndexChange) => unknown): EventRef;
  /** Fires after each chunk of a build; the build's end fires 'changed'. */
  on(name: 'progress', callback: (progress: IndexProgress) => unknown): EventRef;
  /** While the index is being built (in chunks, at idle time): how far it is; else null. */
  readonly progress: IndexProgress | null;
  offref(ref: EventRef): void;
  /** The read result for one note, or undefined when it is not a contact note. */
  get(path: string): ReadResult | undefined;
  /** Every contact note's read result. */
  all(): Iterable<ReadResult>;
  /** The agenda as of a day; cached until the index or settings change. */
  agenda(today: Day): Agenda;
}

export interface PluginContext {
  app: App;
  index: ContactIndexPort;
  /** The current settings (never mutate; use saveSettings). */
  settings(): Settings;
  saveSettings(next: Settings): Promise<void>;
  /** Today as a local calendar day; the only place the plugin reads the clock for dates. */
  today(): Day;
  /** Now, for logging the time a message was sent. */
  now(): Date;
  /** Opens (or reveals) the follow-ups sidebar view. */
  activateView(): Promise<void>;
}
