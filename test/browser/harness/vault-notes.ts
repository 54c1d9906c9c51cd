/** The example vault's notes, read in Node and inlined into the page's bundle. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const REPO = join(__dirname, '../../..');
export const EXAMPLE_VAULT = join(REPO, 'examples/vault');
export const DAILY_NOTE = 'Daily/2026-11-25.md';

/** Every Markdown note under `root`, keyed by vault path (forward slashes). */
export function readVault(root: string = EXAMPLE_VAULT): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md')) files[relative(root, full).split(sep).join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return files;
}
