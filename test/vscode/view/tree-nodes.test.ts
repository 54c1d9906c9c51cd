/** The view's rows as data: the core's groups in order, with step, due and slot. */
import { describe, expect, it } from 'vitest';
import { buildAgenda } from '../../../src/core/agenda';
import { readNoteText } from '../../../src/core/actions';
import type { ReadResult } from '../../../src/core/schema';
import { migrateSettings } from '../../../src/core/settings';
import { childNodes, contextValue, folderDescription, nodeId, rootNodes, rowDescription } from '../../../src/vscode/view/tree-nodes';
import { BROKEN_CADENCE, JANE, KARIN_STOPPED, SAM } from '../notes';

const TODAY = '2026-11-25';
const ROOT = 'file:///vault';
const ALL = { 'Jobs/Jane Doe.md': JANE, 'Networking/Sam.md': SAM, 'Sales/Karin.md': KARIN_STOPPED, 'Jobs/Nina.md': BROKEN_CADENCE };
function agenda(notes: Record<string, string> = ALL) {
  const reads: ReadResult[] = Object.entries(notes).map(([path, text]) => {
    const r = readNoteText(text, path);
    return r.kind === 'contact' ? { ok: true, contact: r.contact } : { ok: false, problems: r.kind === 'problems' ? r.problems : [] };
  });
  return buildAgenda(reads, migrateSettings({}), TODAY);
}

describe('tree nodes', () => {
  it('shows only non-empty groups, in the core order, closed ones folded', () => {
    const roots = rootNodes([{ root: ROOT, name: 'vault', agenda: agenda() }]);
    expect(roots.map((n) => (n.kind === 'group' ? [n.group.title, n.group.collapsedByDefault] : null))).toEqual([
      ['Overdue', false],
      ['This week', false],
      ['Paused, replied or stopped', true],
      ['Problems', false],
    ]);
  });

  it('describes a row with step, due and slot, and names its state for the menus', () => {
    const [overdue] = rootNodes([{ root: ROOT, name: 'vault', agenda: agenda() }]);
    const [jane] = childNodes(overdue!);
    if (jane?.kind !== 'contact') throw new Error('expected a contact row');
    expect(rowDescription(jane.item, TODAY, 3)).toBe('follow-up 2 of 3 · 6 days overdue · Wed midday');
    expect(contextValue(jane.item)).toBe('contact-scheduled');
  });

  it('lists a broken note with its key and message', () => {
    const problems = rootNodes([{ root: ROOT, name: 'vault', agenda: agenda() }]).at(-1)!;
    expect(childNodes(problems)).toEqual([{ kind: 'broken', root: ROOT, note: { path: 'Jobs/Nina.md', messages: [expect.stringMatching(/^cadence: /)] } }]);
  });

  it('puts each workspace folder on top, with its own groups, when there are several', () => {
    const roots = rootNodes([
      { root: 'file:///work', name: 'work', agenda: agenda({ 'Jobs/Jane Doe.md': JANE, 'Jobs/Nina.md': BROKEN_CADENCE }) },
      { root: 'file:///home', name: 'home', agenda: agenda({ 'Networking/Sam.md': SAM }) },
    ]);
    expect(roots.map((n) => (n.kind === 'folder' ? [n.name, folderDescription(n.agenda)] : null))).toEqual([
      ['work', '1 due'],
      ['home', '1 contacts'],
    ]);
    const groups = roots.map((folder) => childNodes(folder).map((g) => (g.kind === 'group' ? `${g.root} ${g.group.title}` : null)));
    expect(groups).toEqual([['file:///work Overdue', 'file:///work Problems'], ['file:///home This week']]);
    // The same note path in two folders is two rows: ids carry the folder.
    const [work, home] = roots.map((f) => childNodes(childNodes(f)[0]!)[0]!);
    expect(nodeId(work!)).toBe('contact:file:///work:Jobs/Jane Doe.md');
    expect(nodeId(home!)).toBe('contact:file:///home:Networking/Sam.md');
  });
});
