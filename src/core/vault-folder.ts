/** A folder setting (`People`, `/People/`) as a vault path without slashes at either end; '' is the whole vault. */
export function vaultFolder(folder: string): string {
  return folder.replace(/^\/+|\/+$/g, '');
}
