/**
 * The `<vault>` argument of `agenda` and `check`: a file given by mistake is named as a file;
 * left out, the vault is the nearest folder at or above the current one that has an
 * `.obsidian` folder or a `.followups.json` (so `followups agenda` works inside a vault).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CliError, EXIT_USAGE } from '../cli-error';
import { VAULT_MARKERS } from '../vault/find-vault-root';

function vaultAbove(start: string): string | null {
  for (let dir = start; ; dir = dirname(dir)) {
    if (VAULT_MARKERS.some((m) => existsSync(join(dir, m)))) return dir;
    if (dirname(dir) === dir) return null;
  }
}

export function vaultArgument(path: string | undefined): string {
  if (path === undefined) {
    const found = vaultAbove(process.cwd());
    if (found === null) {
      throw new CliError(`no vault here: ${process.cwd()} and the folders above it have no .obsidian folder or .followups.json; give the vault's folder`, EXIT_USAGE);
    }
    return found;
  }
  let isFolder: boolean;
  let isFile: boolean;
  try {
    const st = statSync(path);
    isFolder = st.isDirectory();
    isFile = st.isFile();
  } catch {
    return path; // missing: the vault reader says "no such folder"
  }
  if (isFolder) return path;
  throw new CliError(`${path} is ${isFile ? 'a file' : 'not a folder'}; expected a vault (a folder of notes)`, EXIT_USAGE);
}
