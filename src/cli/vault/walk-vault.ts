/**
 * Every Markdown file under a folder, in a stable order. Skips what Obsidian does not index
 * (dot-folders such as `.obsidian/`, `.git/`, `.trash/`) and `node_modules/`. The vault is the
 * boundary: a symlink (to a folder or a note) is followed only when it resolves inside the
 * vault, and a folder only once, so a link to `/` or back up the tree never walks the disk.
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
  /**
   * Every Markdown file's vault path (with `/`), in walk order; walkedFile names it on disk. Only
   * the paths are kept: at 50k notes, a second string per note showed in the peak memory.
   */
  paths: string[];
  /** Folders or files that could not be read, with why. */
  unreadable: { path: string; message: string }[];
  /** Every folder walked, by vault path: what a later walk may reuse while the folder is unchanged. */
  listings: Map<string, FolderListing>;
}

/** A folder's entries that matter, as of its mtime and inode (adding or removing a name changes the mtime). */
export interface FolderListing {
  mtimeMs: number;
  ino: number;
  /** Sorted names of subfolders (`d`), Markdown files (`f`) and anything else to stat (`l`: links). */
  names: string[];
  kinds: string;
}

const SKIP = new Set(['node_modules']);
const skipped = (name: string): boolean => name.startsWith('.') || SKIP.has(name);

/**
 * `startPath` is vault-relative ('' for the whole vault). `known` are listings from an earlier
 * walk (the cache): a folder whose mtime and inode are unchanged is not listed again.
 * `progress` hears the count of files found so far after each folder.
 */
export function walkVault(root: string, startPath = '', known?: ReadonlyMap<string, FolderListing>, progress?: (files: number) => void): Walk {
  const walk: Walk = { paths: [], unreadable: [], listings: new Map() };
  const start = join(root, startPath);
  let real: string;
  let vault: string;
  try {
    vault = realpathSync.native(root);
    real = realpathSync.native(start);
  } catch (error) {
    walk.unreadable.push({ path: startPath || '.', message: reason(error) });
    return walk;
  }
  const inside = vault === '/' ? () => true : (target: string) => target === vault || target.startsWith(`${vault}/`);
  visit(start, real, startPath, { seen: new Set(), inside, walk, known, progress });
  return walk;
}

/**
 * The file the walk from vault path `startPath` (at `start` on disk) names a vault path found
 * under it by: `${folder}/${name}` from `start` down, the same string a walk builds.
 */
export function walkedFile(start: string, startPath: string): (path: string) => string {
  const skip = startPath === '' ? 0 : startPath.length + 1;
  return (path) => (path.length < skip ? start : `${start}/${path.slice(skip)}`);
}

interface WalkState {
  /** Real paths of the folders already walked. */
  seen: Set<string>;
  /** Whether a resolved path is in the vault. */
  inside: (real: string) => boolean;
  walk: Walk;
  known: ReadonlyMap<string, FolderListing> | undefined;
  progress?: ((files: number) => void) | undefined;
}

function listFolder(dir: string, path: string, state: WalkState): FolderListing | null {
  let mtimeMs = NaN;
  let ino = NaN;
  if (state.known) {
    try {
      const st = statSync(dir);
      mtimeMs = st.mtimeMs;
      ino = st.ino;
      const old = state.known.get(path);
      if (old && old.mtimeMs === mtimeMs && old.ino === ino) return old;
    } catch {
      // readdir below says why.
    }
  }
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    state.walk.unreadable.push({ path: path || '.', message: reason(error) });
    return null;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names: string[] = [];
  let kinds = '';
  for (const entry of entries) {
    const name = entry.name;
    if (skipped(name)) continue;
    const kind = entry.isDirectory() ? 'd' : entry.isFile() ? (name.toLowerCase().endsWith('.md') ? 'f' : '') : 'l';
    if (kind === '') continue;
    names.push(name);
    kinds += kind;
  }
  return { mtimeMs, ino, names, kinds };
}

/** The folder's listing now (stat'ed before it is read, as a walk takes it), or null when it cannot be read. */
export function listFolderNow(dir: string, path: string): FolderListing | null {
  const walk: Walk = { paths: [], unreadable: [], listings: new Map() };
  const listing = listFolder(dir, path, { seen: new Set(), inside: () => false, walk, known: new Map() });
  return walk.unreadable.length === 0 ? listing : null;
}

/**
 * `real` is the folder's resolved path, for the loop check. Entry types come with the listing,
 * so a plain file or folder costs no stat and a plain subfolder's real path is `real/name`:
 * only symlinks are stat'ed and resolved (at 50k notes, a stat and realpath per entry cost
 * more than reading the notes' heads).
 */
function visit(dir: string, real: string, path: string, state: WalkState): void {
  const { seen, walk } = state;
  if (seen.has(real)) return;
  seen.add(real);
  const listing = listFolder(dir, path, state);
  if (listing === null) return;
  walk.listings.set(path, listing);
  state.progress?.(walk.paths.length);
  const { names, kinds } = listing;
  for (let k = 0; k < names.length; k++) {
    const name = names[k] ?? '';
    const childPath = path === '' ? name : `${path}/${name}`;
    const kind = kinds[k];
    if (kind === 'f') {
      walk.paths.push(childPath);
      continue;
    }
    // Not path.join: `dir` is already normal, and join's normalising showed in the profile.
    const file = `${dir}/${name}`;
    if (kind === 'd') visit(file, real === '/' ? `/${name}` : `${real}/${name}`, childPath, state);
    else {
      const isMarkdown = name.toLowerCase().endsWith('.md');
      let st: Stats;
      let target: string;
      try {
        st = statSync(file); // follows symlinks; a dangling link throws
        target = st.isDirectory() || (st.isFile() && isMarkdown) ? realpathSync.native(file) : '';
      } catch (error) {
        if (isMarkdown) walk.unreadable.push({ path: childPath, message: reason(error) });
        continue;
      }
      // A link that leads out of the vault is not the vault's: not walked, not read.
      if (target !== '' && !state.inside(target)) continue;
      if (st.isDirectory()) visit(file, target, childPath, state);
      else if (st.isFile() && isMarkdown) walk.paths.push(childPath);
    }
  }
}

export function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'not found (a broken link?)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
