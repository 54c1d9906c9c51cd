/**
 * The manifest and the code agree: every contributed command is registered on activation, no
 * keybinding is contributed, the settings are the core's, untrusted workspaces are declared, and
 * the preview plugin is returned.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { activateExtension } from './activate-extension';
import { SETTING_KEYS } from '../../src/vscode/settings/load-settings';
import { fake } from './fake-vscode';
import { JANE } from './notes';

interface Manifest {
  capabilities: { untrustedWorkspaces: { supported: boolean | string } };
  contributes: {
    commands: Array<{ command: string; title: string }>;
    keybindings?: unknown;
    configuration: { properties: Record<string, unknown> };
    'markdown.markdownItPlugins': boolean;
  };
}
const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'vscode', 'extension-manifest.json'), 'utf8')) as Manifest;

beforeEach(() => {
  fake.reset();
  fake.writeFile('Jobs/Jane Doe.md', JANE, { silent: true });
});

describe('extension manifest', () => {
  it('registers exactly the commands it contributes', async () => {
    const api = await activateExtension();
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    expect(fake.commandIds().sort()).toEqual(contributed);
    expect(typeof api.extendMarkdownIt).toBe('function');
  });

  it('contributes no keybindings and titles commands in sentence case', () => {
    expect(manifest.contributes.keybindings).toBeUndefined();
    for (const { title } of manifest.contributes.commands) expect(title.slice(1)).toBe(title.slice(1).replace(/\b([A-Z])(?=[a-z])/g, (m) => m.toLowerCase()));
  });

  it('offers exactly the core settings, declares untrusted workspaces, and plugs into the Markdown preview', () => {
    const keys = Object.keys(manifest.contributes.configuration.properties).map((k) => k.replace('pleasantlyPersistent.', ''));
    expect(keys.sort()).toEqual([...SETTING_KEYS].sort());
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(true);
    expect(manifest.contributes['markdown.markdownItPlugins']).toBe(true);
  });

  it('shows "1 follow-up due" in the status bar for a vault with one overdue contact', async () => {
    await activateExtension();
    await expect.poll(() => fake.statusBar, { timeout: 10_000 }).toEqual({ text: '$(bell) 1 follow-up due', visible: true });
  });
});
