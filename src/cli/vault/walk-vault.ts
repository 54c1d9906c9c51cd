/**
 * Every Markdown file under a folder, in a stable order. Skips what Obsidian does not index
 * (dot-folders such as `.obsidian/`, `.git/`, `.trash/`) and `node_modules/`, and follows a
 * symlinked folder only once, so a link back up the tree cannot loop.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
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
  visit(join(root, startPath), startPath, seen, walk);
  return walk;
}

function visit(dir: string, path: string, seen: Set<string>, walk: Walk): void {
  let names: string[];
  try {
    const real = realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    names = readdirSync(dir).sort();
  } catch (error) {
    walk.unreadable.push({ path: path || '.', message: reason(error) });
    return;
  }
  for (const name of names) {
    if (skipped(name)) continue;
    const file = join(dir, name);
    const childPath = path === '' ? name : `${path}/${name}`;
    let isDir: boolean;
    let isFile: boolean;
    try {
      const st = statSync(file); // follows symlinks; a dangling link throws
      isDir = st.isDirectory();
      isFile = st.isFile();
    } catch (error) {
      if (name.toLowerCase().endsWith('.md')) walk.unreadable.push({ path: childPath, message: reason(error) });
      continue;
    }
    if (isDir) visit(file, childPath, seen, walk);
    else if (isFile && name.toLowerCase().endsWith('.md')) walk.files.push({ file, path: childPath });
  }
}

export function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'not found (a broken link?)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
