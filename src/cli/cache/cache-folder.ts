/**
 * The CLI's cache folder: `$XDG_CACHE_HOME/followups/`, else `<home>/.cache/followups/`. Its own
 * file, importing only node:path, because the start-up code cache needs it too and must not load
 * the vault cache's imports (node:crypto, node:v8) to find it.
 */
import { isAbsolute, join } from 'node:path';

export function cacheFolder(env: Readonly<Record<string, string | undefined>>, home: string): string {
  const xdg = env.XDG_CACHE_HOME;
  // The XDG spec: a relative path is invalid and must be ignored.
  const base = xdg !== undefined && xdg !== '' && isAbsolute(xdg) ? xdg : join(home, '.cache');
  return join(base, 'followups');
}
