/** The fixture vault (test/fixtures/plugin-vault) read from disk, for tests over many real notes. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const FIXTURE_VAULT = join(__dirname, '../../fixtures/plugin-vault');

/** Every note under the fixture vault, keyed by vault path. */
export function fixtureFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.md')) files[relative(FIXTURE_VAULT, full).split('\\').join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(FIXTURE_VAULT);
  return files;
}
