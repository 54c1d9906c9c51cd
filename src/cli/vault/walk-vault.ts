/**
 * Every Markdown file under a folder, in a stable order. Skips what Obsidian does not index
 * (dot-folders such as `.obsidian/`, `.git/`, `.trash/`) and `node_modules/`, and follows a
 * symlinked folder only once, so a link back up the tree cannot loop.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import type { Dirent, Stats } from 'node:fs';
import { join } from 'node:path';

export interface MarkdownFile {
  /** Absolute (or cwd-relative) path to open. */
  file: string;
  /** Vault-relative path with `/`. */
  path: string;
}

export interface Walk {
  files: MarkdownFile[];
  /** Folders or files that could not be read, with why. */
  unreadable: { path: string; message: string }[];
}

const SKIP = new Set(['node_modules']);
const skipped = (name: string): boolean => name.startsWith('.') || SKIP.has(name);

/** `startPath` is vault-relative ('' for the whole vault). */
export function walkVault(root: string, startPath = ''): Walk {
  const walk: Walk = { files: [], unreadable: [] };
  const seen = new Set<string>();
  const start = join(root, startPath);
  let real: string;
  try {
    real = realpathSync.native(start);
  } catch (error) {
    walk.unreadable.push({ path: startPath || '.', message: reason(error) });
    return walk;
  }
  // The vault is the boundary: a symlinked folder that resolves outside it is not walked.
  let vaultReal: string;
  try {
    vaultReal = realpathSync.native(root);
  } catch {
    vaultReal = real;
  }
  if (!inside(real, vaultReal)) {
    walk.unreadable.push({ path: startPath || '.', message: OUTSIDE });
    return walk;
  }
  visit(start, real, startPath, seen, walk, vaultReal);
  return walk;
}

const OUTSIDE = 'links to a folder outside the vault, which is not read';
const inside = (real: string, vaultReal: string): boolean => real === vaultReal || real.startsWith(vaultReal === '/' ? '/' : `${vaultReal}/`);

/**
 * `real` is the folder's resolved path, for the loop check. Entry types come with the listing,
 * so a plain file or folder costs no stat and a plain subfolder's real path is `real/name`:
 * only symlinks are stat'ed and resolved (at 50k notes, a stat and realpath per entry cost
 * more than reading the notes' heads).
 */
function visit(dir: string, real: string, path: string, seen: Set<string>, walk: Walk, vaultReal: string): void {
  if (seen.has(real)) return;
  seen.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    walk.unreadable.push({ path: path || '.', message: reason(error) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const name = entry.name;
    if (skipped(name)) continue;
    // Not path.join: `dir` is already normal, and join's normalising showed in the profile.
    const file = `${dir}/${name}`;
    const childPath = path === '' ? name : `${path}/${name}`;
    const isMarkdown = name.toLowerCase().endsWith('.md');
    if (entry.isDirectory()) visit(file, real === '/' ? `/${name}` : `${real}/${name}`, childPath, seen, walk, vaultReal);
    else if (entry.isFile()) {
      if (isMarkdown) walk.files.push({ file, path: childPath });
    } else {
      let st: Stats;
      let target: string;
      try {
        st = statSync(file); // follows symlinks; a dangling link throws
        target = st.isDirectory() ? realpathSync.native(file) : '';
      } catch (error) {
        if (isMarkdown) walk.unreadable.push({ path: childPath, message: reason(error) });
        continue;
      }
      if (st.isDirectory() && !inside(target, vaultReal)) walk.unreadable.push({ path: childPath, message: OUTSIDE });
      else if (st.isDirectory()) visit(file, target, childPath, seen, walk, vaultReal);
      else if (st.isFile() && isMarkdown) walk.files.push({ file, path: childPath });
    }
  }
}

export function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'not found (a broken link?)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
