import { Notice, type TFile } from 'obsidian';
import type { Contact } from '../../core/types';
import type { PluginContext } from '../context';

/** Shows why an action did not happen; returns false so callers can `return refuse(…)`. */
export function refuse(message: string): false {
  new Notice(message);
  return false;
}

/** The Notice text for a note with problems: the first problem's key and message. */
export function problemMessage(file: TFile, problems: readonly { key: string; message: string }[]): string {
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return first ? `Fix "${file.basename}" first: ${first.key}: ${first.message}${more}` : `Fix "${file.basename}" first.`;
}

/** The contact behind a file, or null after a Notice saying why there is none. */
export function contactOf(ctx: PluginContext, file: TFile): Contact | null {
  const read = ctx.index.get(file.path);
  if (read === undefined) {
    refuse(`"${file.basename}" is not a follow-up note yet: run "Start following up on this note" first.`);
    return null;
  }
  if (!read.ok) {
    refuse(problemMessage(file, read.problems));
    return null;
  }
  return read.contact;
}
