import { Notice, type TFile } from 'obsidian';
import { formatCadence, parseCadence } from '../../core/cadence';
import * as noteEdits from '../../core/note-edit';
import type { PluginContext } from '../context';
import { contactOf, refuse } from './refuse';
import { writeNote } from './write-note';

/** Writes a cadence in its short form (`weekly then biweekly` -> `1w, 2w`); invalid text is refused. */
export async function setCadence(ctx: PluginContext, file: TFile, cadence: string): Promise<boolean> {
  const contact = contactOf(ctx, file);
  if (!contact) return false;
  const parsed = parseCadence(cadence);
  if (!parsed.ok) return refuse(`Cadence not changed: ${parsed.message}`);
  const short = formatCadence(parsed.days);
  if ((await writeNote(ctx, file, [noteEdits.setCadence(short)])) === 'refused') return false;
  new Notice(`Cadence for ${contact.name}: ${short}.`);
  return true;
}
