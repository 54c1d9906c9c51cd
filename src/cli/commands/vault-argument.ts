/** The `<vault>` argument of `agenda` and `check`: a file given by mistake is named as a file. */
import { statSync } from 'node:fs';
import { CliError, EXIT_USAGE } from '../cli-error';

export function vaultArgument(path: string): string {
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
