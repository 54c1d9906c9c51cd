/**
 * One build of the contact index: the vault's files read a chunk at a time when the window is
 * idle, each chunk's contacts planned for today as a sorted run, and the runs merged a bounded
 * number of items at a time in between (AgendaRuns), until today's agenda is whole. No task holds
 * the window for long: at 50k contacts one merge of two large runs took 96-158 ms on a slow
 * machine when it ran in one go (bench/README.md).
 */
import type { TFile } from 'obsidian';
import type { Agenda } from '../core/agenda';
import { AgendaRuns } from '../core/agenda-runs';
import type { ReadResult } from '../core/schema';
import type { Day } from '../core/types';
import type { IndexProgress } from './context';
import { whenIdle } from './idle-task';

/** A chunk stops after this long (well under a frame, at most a few ms over). */
const CHUNK_MS = 8;
/** Files read between two looks at the clock. */
const FILES_PER_CHECK = 100;
/** Items merged between two looks at the clock (1-2 ms on a slow machine). */
const MERGE_ITEMS = 4096;

export interface BuildSteps {
  /** Tests: exactly this many files per chunk, no clock. */
  chunkFiles?: number;
  /** Tests, with chunkFiles: at most this many items merged per chunk (else every merge due). */
  mergeItems?: number;
}

export interface BuildHooks {
  /** A file's result (undefined: not a contact, or left to a newer update). */
  read(file: TFile): ReadResult | undefined;
  /** Today's agenda over a chunk's results. */
  plan(read: ReadResult[], day: Day): Agenda;
  /** A chunk is done and more is left. */
  progress(): void;
  /** The build is done: with today's agenda if a day was planned for, and the notes changed meanwhile. */
  done(agenda: Agenda | undefined, changed: ReadonlySet<string>): void;
}

export class IndexBuild {
  /** Notes changed by events (or read on the spot) during the build: applied to its agenda after. */
  readonly changed = new Set<string>();
  private next = 0;
  private readonly runs: AgendaRuns | null;
  private cancel: (() => void) | null = null;

  constructor(
    private readonly files: readonly TFile[],
    private readonly day: Day | undefined,
    private readonly hooks: BuildHooks,
    private readonly steps: BuildSteps = {},
  ) {
    this.runs = day === undefined ? null : new AgendaRuns(day);
  }

  get progress(): IndexProgress {
    return { done: this.next, total: this.files.length };
  }

  /** The first chunk now, the rest when the window is idle. */
  start(): void {
    this.runChunk(false);
  }

  /** Everything left, now (what needs every note cannot wait). */
  finish(): void {
    this.stop();
    this.runChunk(true);
  }

  stop(): void {
    this.cancel?.();
    this.cancel = null;
  }

  private runChunk(all: boolean): void {
    this.cancel = null;
    const started = performance.now();
    const timed = !all && this.steps.chunkFiles === undefined;
    const files = this.steps.chunkFiles ?? FILES_PER_CHECK;
    const items = timed ? MERGE_ITEMS : all ? Infinity : (this.steps.mergeItems ?? Infinity);
    let merging: boolean;
    do {
      if (this.next < this.files.length) this.read(files);
      merging = this.runs?.work(items, this.next >= this.files.length) ?? false;
    } while ((merging || this.next < this.files.length) && (all || (timed && performance.now() - started < CHUNK_MS)));
    if (merging || this.next < this.files.length) {
      this.cancel = whenIdle(() => this.runChunk(false));
      this.hooks.progress();
      return;
    }
    this.hooks.done(this.runs?.finish(), this.changed);
  }

  /** The next `count` files read, their contacts added as a run. */
  private read(count: number): void {
    const end = Math.min(this.next + count, this.files.length);
    const read: ReadResult[] = [];
    for (let i = this.next; i < end; i++) {
      const file = this.files[i];
      const result = file && this.hooks.read(file);
      if (result) read.push(result);
    }
    this.next = end;
    if (this.runs && this.day !== undefined) this.runs.add(this.hooks.plan(read, this.day));
  }
}
