/**
 * `agenda --json` from per-note parts (src/cli/cache/agenda-json-parts.ts) is byte for byte the
 * core's `JSON.stringify(agendaToJson(filterAgenda(buildAgenda(...))), null, 2)`: on real fixture
 * notes (contacts, broken notes, hostile names), several days, filters and settings.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agendaToJson, buildAgenda, filterAgenda, type AgendaFilter } from '../../../src/core/agenda';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { readVault } from '../../../src/cli/vault/read-vault';
import { REPO } from '../cli-harness';

/** The output as text (a safe one comes as its UTF-8 bytes). */
const text = (out: string | Uint8Array): string => (typeof out === 'string' ? out : Buffer.from(out).toString('utf8'));

const FOLDERS = ['test/fixtures/plugin-vault', 'test/fixtures/hostile', 'test/fixtures/notes', 'test/fixtures/frontmatter', 'examples/vault'];
const DAYS = ['2026-11-25', '2026-01-01', '2031-06-30'];
const FILTERS: AgendaFilter[] = [{}, { bucket: 'overdue' }, { context: ' Sales ' }, { context: 'job', bucket: 'later' }];

describe('agenda --json from per-note parts', () => {
  it.each(FOLDERS)('%s: the same bytes as the core renders the whole agenda', (folder) => {
    const vault = readVault(join(REPO, folder));
    for (const today of DAYS) {
      for (const filter of FILTERS) {
        const whole = filterAgenda(buildAgenda([{ ok: false, problems: vault.settingsProblems }, ...vault.reads], vault.settings, today), filter);
        expect(text(vault.agendaJson('k', today, filter))).toBe(`${JSON.stringify(agendaToJson(whole), null, 2)}\n`);
      }
    }
  });

  it('an empty folder: empty lists as the core prints them', () => {
    const vault = readVault(join(REPO, 'test/fixtures/tone'));
    const whole = buildAgenda(vault.reads, DEFAULT_SETTINGS, '2026-11-25');
    expect(text(vault.agendaJson('k', '2026-11-25', {}))).toBe(`${JSON.stringify(agendaToJson(whole), null, 2)}\n`);
  });
});
