/**
 * What the sidebar should show, computed in Node from the same example notes with the core:
 * the CLI's reader (note text -> contact), buildAgenda, and the view's pure grouping.
 */
import { buildAgenda } from '../../../src/core/agenda';
import type { Agenda } from '../../../src/core/agenda';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { Day } from '../../../src/core/types';
import { readContactText } from '../../../src/core/frontmatter/read-contact-text';
import { groupAgenda, groupSize } from '../../../src/core/agenda-groups';
import type { ReadResult } from '../../../src/core/schema';
import { readVault } from './vault-notes';

export function exampleAgenda(today: Day): Agenda {
  const read = Object.entries(readVault())
    .map(([path, text]) => readContactText(path, text))
    .filter((r): r is ReadResult => r !== null);
  return buildAgenda(read, DEFAULT_SETTINGS, today);
}

/** Group title -> size, for the groups the view shows (the non-empty ones). */
export function expectedCounts(today: Day): Record<string, number> {
  const groups = groupAgenda(exampleAgenda(today), '').filter((g) => groupSize(g) > 0);
  return Object.fromEntries(groups.map((g) => [g.title, groupSize(g)]));
}
