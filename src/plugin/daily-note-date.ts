/**
 * The day a note stands for: a daily note's date (from the Daily notes core plugin or the
 * Periodic Notes plugin settings), else its `date` property. Both plugin settings are private
 * APIs (`app.internalPlugins`, `app.plugins`): every step is checked, any throw is caught, and
 * when neither can be read the fallback is Obsidian's default daily-note name, `YYYY-MM-DD`, in
 * any folder (docs/plugin.md says so).
 */
import { moment } from 'obsidian';
import type { App, TFile } from 'obsidian';
import { parseOutreach } from '../core/outreach';
import type { Day } from '../core/types';
import { vaultFolder } from '../core/vault-folder';

interface DailyFormat {
  folder: string;
  format: string;
}

const DEFAULT_FORMAT = 'YYYY-MM-DD';

// obsidian.d.ts types its bundled moment as a namespace import, which is not callable under
// esModuleInterop; at run time it is the moment function.
type StrictParse = (input: string, format: string, strict: boolean) => { isValid(): boolean; format(f: string): string };
const parseDay = moment as unknown as StrictParse;

function asFormat(options: unknown): DailyFormat | null {
  if (options === null || typeof options !== 'object') return null;
  const { folder, format, enabled } = options as Record<string, unknown>;
  if (enabled === false) return null;
  return {
    folder: typeof folder === 'string' ? vaultFolder(folder.trim()) : '',
    format: typeof format === 'string' && format.trim() !== '' ? format.trim() : DEFAULT_FORMAT,
  };
}

/** Reads `obj.a.b.c` through unknown values, checking each step. */
function dig(obj: unknown, ...keys: string[]): unknown {
  let cur = obj;
  for (const key of keys) {
    if (cur === null || typeof cur !== 'object' || !(key in cur)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function callPlugin(host: unknown, getter: string, id: string): unknown {
  const fn = dig(host, getter);
  return typeof fn === 'function' ? (fn as (id: string) => unknown).call(host, id) : undefined;
}

/** When no daily-notes settings can be read: Obsidian's default name, in any folder. */
export const FALLBACK_FORMAT: Readonly<DailyFormat> = Object.freeze({ folder: '', format: DEFAULT_FORMAT });

/** A private API that throws or changes shape reads as "not there". */
function guarded<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

export function dailyNoteFormats(app: App): DailyFormat[] {
  const core = guarded(() => callPlugin(dig(app, 'internalPlugins'), 'getPluginById', 'daily-notes'));
  const coreOn = core !== undefined && dig(core, 'enabled') !== false;
  const periodic = guarded(() => callPlugin(dig(app, 'plugins'), 'getPlugin', 'periodic-notes'));
  const found = [coreOn ? asFormat(dig(core, 'instance', 'options')) : null, asFormat(dig(periodic, 'settings', 'daily'))].filter(
    (f): f is DailyFormat => f !== null,
  );
  return found.length > 0 ? found : [FALLBACK_FORMAT];
}

/** The date in a daily note's name (or path, for formats with folders), read strictly. */
export function dailyNoteDay(app: App, file: TFile): Day | null {
  const noExt = file.path.replace(/\.md$/i, '');
  for (const { folder, format } of dailyNoteFormats(app)) {
    if (folder !== '' && !noExt.startsWith(`${folder}/`)) continue;
    const name = format.includes('/') ? noExt.slice(folder === '' ? 0 : folder.length + 1) : file.basename;
    const parsed = parseDay(name, format, true);
    if (parsed.isValid()) return parsed.format('YYYY-MM-DD');
  }
  return null;
}

/** The note's own day: its daily-note date, else its `date` property; null for neither. */
export function noteDay(app: App, file: TFile): Day | null {
  const daily = dailyNoteDay(app, file);
  if (daily !== null) return daily;
  const date: unknown = app.metadataCache.getFileCache(file)?.frontmatter?.date;
  return parseOutreach(date)?.day ?? null;
}
