/** VS Code's settings, with `.followups.json` at the workspace root winning key by key. */
import { beforeEach, describe, expect, it } from 'vitest';
import * as vscode from 'vscode';
import { loadSettings } from '../../../src/vscode/settings/load-settings';
import { fake } from '../fake-vscode';

const folder = (): vscode.WorkspaceFolder => vscode.workspace.workspaceFolders![0]!;

beforeEach(() => fake.reset());

describe('loadSettings', () => {
  it('uses pleasantlyPersistent.* when there is no file, through the core migration', async () => {
    fake.configuration = { askAfter: 4, cadence: [10], language: 'klingon' };
    const { settings, fileProblem } = await loadSettings(folder());
    expect(settings).toMatchObject({ askAfter: 4, cadence: [10], language: 'en' });
    expect(fileProblem).toBeNull();
  });

  it('lets .followups.json win for the keys it sets, and keeps VS Code settings for the rest', async () => {
    fake.configuration = { askAfter: 4, myName: 'Alex' };
    fake.writeFile('.followups.json', JSON.stringify({ askAfter: 2, contactsFolder: 'People' }), { silent: true });
    const { settings } = await loadSettings(folder());
    expect(settings).toMatchObject({ askAfter: 2, contactsFolder: 'People', myName: 'Alex' });
  });

  it('says where and why when the file is not valid JSON, and uses VS Code settings meanwhile', async () => {
    fake.configuration = { askAfter: 4 };
    fake.writeFile('.followups.json', '{ askAfter: 2 ', { silent: true });
    const { settings, fileProblem } = await loadSettings(folder());
    expect(settings.askAfter).toBe(4);
    expect(fileProblem).toMatch(/^\.followups\.json: not valid JSON \(.+\); using the VS Code settings until it is fixed$/);
  });

  it('refuses a file that is JSON but not an object of settings', async () => {
    fake.writeFile('.followups.json', '[1, 2]', { silent: true });
    expect((await loadSettings(folder())).fileProblem).toContain('should be a JSON object of settings');
  });
});
