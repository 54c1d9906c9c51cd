/**
 * A mock Obsidian app (obsidian-test-mocks) over in-memory notes, layout ready, with the two
 * things the mock lacks and our code relies on:
 * - on rename, the metadata cache follows the file to its new path (Obsidian keys it by path);
 * - `setDailyNotes` stubs the private Daily notes plugin settings.
 */
import { TFile } from 'obsidian';
import type { App as AppOriginal, TAbstractFile } from 'obsidian';
import { App, MetadataCache } from 'obsidian-test-mocks/obsidian';

export function makeApp(files: Record<string, string> = {}): AppOriginal {
  const mock = App.createConfigured__({ files });
  mock.workspace.setLayoutReady__();
  const app = mock.asOriginalType__();
  const cache = MetadataCache.fromOriginalType2__(app.metadataCache);
  app.vault.on('rename', (file: TAbstractFile, oldPath: string) => {
    const entry = cache.getCache(oldPath);
    if (entry) cache.cache__.set(file.path, entry);
  });
  return app;
}

/** The Daily notes core plugin, enabled with this folder and format. */
export function setDailyNotes(app: AppOriginal, options: { folder?: string; format?: string }): void {
  Object.assign(app, {
    internalPlugins: { getPluginById: (id: string) => (id === 'daily-notes' ? { enabled: true, instance: { options } } : null) },
  });
}

/** Writes a note through the vault, as an edit in Obsidian would; the cache follows. */
export async function writeNote(app: AppOriginal, path: string, text: string): Promise<void> {
  const file = app.vault.getFileByPath(path);
  if (file) await app.vault.modify(file, text);
  else await app.vault.create(path, text);
}

/** The note at `path`; fails the test when it is missing. */
export function fileAt(app: AppOriginal, path: string): TFile {
  const file = app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) throw new Error(`no note at ${path}`);
  return file;
}

/** Deletes a note the way a user does (to the trash). */
export function trashNote(app: AppOriginal, path: string): Promise<void> {
  return app.fileManager.trashFile(fileAt(app, path));
}
