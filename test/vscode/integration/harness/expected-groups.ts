/**
 * What the Follow-ups view must show for the vault on disk today: read by the core, grouped by
 * the core's groupOf and titled by its words, independently of the extension's own code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readNoteText } from '../../../../src/core/actions';
import { buildAgenda, GROUP_ORDER, groupOf } from '../../../../src/core/agenda';
import { dateToDay } from '../../../../src/core/calendar';
import type { ReadResult } from '../../../../src/core/schema';
import { migrateSettings } from '../../../../src/core/settings';
import { GROUP_TITLES } from '../../../../src/core/words';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md') && !join(e.parentPath, e.name).includes('/.obsidian/'))
    .map((e) => join(e.parentPath, e.name));
}

/** Every note of the vault on disk, read by the core: contacts and broken notes. */
export function vaultReads(vault: string): ReadResult[] {
  const reads: ReadResult[] = [];
  for (const file of markdownFiles(vault)) {
    const path = relative(vault, file).split('\\').join('/');
    const read = readNoteText(readFileSync(file, 'utf8'), path);
    if (read.kind === 'contact') reads.push({ ok: true, contact: read.contact });
    else if (read.kind === 'problems') reads.push({ ok: false, problems: read.problems });
  }
  return reads;
}

export function expectedGroups(vault: string): Array<{ title: string; count: string; names: string[] }> {
  const agenda = buildAgenda(vaultReads(vault), migrateSettings({}), dateToDay(new Date()));
  return GROUP_ORDER.map((id) => {
    const names = id === 'problems' ? [...new Set(agenda.problems.map((p) => p.path))] : agenda.items.filter((i) => groupOf(i) === id).map((i) => i.contact.name);
    return { title: GROUP_TITLES[id], count: String(names.length), names };
  }).filter((g) => g.names.length > 0);
}
