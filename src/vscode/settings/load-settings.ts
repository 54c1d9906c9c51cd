/**
 * The settings: `pleasantlyPersistent.*` from VS Code, then `.followups.json` at the workspace
 * root on top, key by key (the file wins, so the CLI and VS Code agree on one vault). Always
 * through the core's `migrateSettings`, which drops what it does not understand.
 */
import * as vscode from 'vscode';
import { migrateSettings, type Settings } from '../../core/settings';

export const SETTINGS_FILE = '.followups.json';
export const SECTION = 'pleasantlyPersistent';

/** The keys of the core's Settings that VS Code exposes; the file may set any of them. */
export const SETTING_KEYS = [
  'contactsFolder',
  'cadence',
  'minGapDays',
  'askAfter',
  'skipWeekends',
  'varyWeekday',
  'reintroduceAfterDays',
  'language',
  'myName',
  'suggestFromHistory',
  'templatesFolder',
] as const;

export interface LoadedSettings {
  settings: Settings;
  /** Why `.followups.json` was not used, for a warning; null when it was fine or absent. */
  fileProblem: string | null;
}

export function fromConfiguration(config: Pick<vscode.WorkspaceConfiguration, 'get'>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const value = config.get<unknown>(key);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Parses the file's text: an object of settings, or why not. */
export function parseSettingsFile(text: string): { ok: true; value: Record<string, unknown> } | { ok: false; message: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, message: 'should be a JSON object of settings' };
  return { ok: true, value: raw as Record<string, unknown> };
}

export function mergeSettings(fromVsCode: Record<string, unknown>, fromFile: Record<string, unknown> | null): Settings {
  return migrateSettings({ ...fromVsCode, ...(fromFile ?? {}) });
}

export async function loadSettings(folder: vscode.WorkspaceFolder | undefined): Promise<LoadedSettings> {
  const fromVsCode = fromConfiguration(vscode.workspace.getConfiguration(SECTION, folder?.uri));
  if (!folder) return { settings: mergeSettings(fromVsCode, null), fileProblem: null };
  const uri = vscode.Uri.joinPath(folder.uri, SETTINGS_FILE);
  let text: string;
  try {
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return { settings: mergeSettings(fromVsCode, null), fileProblem: null };
  }
  const parsed = parseSettingsFile(text);
  if (!parsed.ok) {
    // A guessed vault setup would give a quietly wrong agenda: say so, and use VS Code's settings.
    return { settings: mergeSettings(fromVsCode, null), fileProblem: `${SETTINGS_FILE}: ${parsed.message}; using the VS Code settings until it is fixed` };
  }
  return { settings: mergeSettings(fromVsCode, parsed.value), fileProblem: null };
}
