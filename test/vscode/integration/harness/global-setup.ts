/**
 * Once for all integration files: a temp copy of examples/vault, a fresh profile with the .vsix
 * installed, and code-server serving them. Torn down (server stopped, temp files removed) after.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { codeServerPath, installExtension, REPO, startCodeServer, VSIX, writeUserSettings } from './code-server';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    vaultDir: string;
    profileDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(VSIX)) throw new Error(`${VSIX} is missing: run \`npm run package:vscode\` first (npm run test:vscode does).`);
  const bin = codeServerPath();
  const root = mkdtempSync(join(tmpdir(), 'pp-vscode-'));
  const vault = join(root, 'vault');
  const profile = join(root, 'profile');
  const extensions = join(root, 'extensions');
  cpSync(join(REPO, 'examples', 'vault'), vault, { recursive: true });
  writeUserSettings(profile, 'light');
  installExtension(bin, profile, extensions);
  const server = await startCodeServer(bin, profile, extensions);
  project.provide('serverUrl', server.url);
  project.provide('vaultDir', vault);
  project.provide('profileDir', profile);
  return async () => {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  };
}
