/**
 * Bundles the harness page's script with esbuild: the plugin's view and agenda block, the
 * mocks' in-memory app (with `obsidian` aliased to it) and the example vault inlined.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { generateHistory } from '../../core/stats/history-generator';
import { DAILY_NOTE, readVault } from './vault-notes';

/** A generated reply history for the stats view (the example vault has one reply). */
export const HISTORY = Object.fromEntries(generateHistory(90, 2026).notes.map((n) => [n.path, n.text]));

export async function buildBundle(notes: Record<string, string> = readVault()): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, '../app/main.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    alias: { obsidian: 'obsidian-test-mocks/obsidian' },
    define: { __PP_VAULT__: JSON.stringify(notes), __PP_DAILY_NOTE__: JSON.stringify(DAILY_NOTE), __PP_HISTORY__: JSON.stringify(HISTORY) },
    logLevel: 'silent',
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error('esbuild produced no bundle');
  return out.text;
}
