/**
 * A multi-root workspace: each folder is its own vault (its `.followups.json`, its index, its
 * templates); the view has one top-level row per folder; commands act on the note's folder.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as vscode from 'vscode';
import { activateExtension } from '../activate-extension';
import { FollowupsTree } from '../../../src/vscode/view/followups-tree';
import type { FollowupNode } from '../../../src/vscode/view/tree-nodes';
import { VaultSet } from '../../../src/vscode/vaults/vault-set';
import { fake } from '../fake-vscode';
import { JANE, SAM } from '../notes';

const TODAY = '2026-12-01';
const template = (word: string): string =>
  `Subject: ${word} about the {{topic|role}}\n\nHi {{firstName}},\n\n{{hook}} ${word} here.\n---\nSubject: ${word} again\n\nHello {{firstName}},\n\n{{hook}} Still ${word}.\n`;
let vaults: VaultSet | undefined;

beforeEach(() => {
  fake.reset();
  // Same note path in both folders, different settings: only the folder tells them apart.
  fake.writeFile('/vault/Jobs/Jane Doe.md', JANE, { silent: true });
  fake.writeFile('/vault/.followups.json', '{"contactsFolder": "Jobs", "templatesFolder": "T"}', { silent: true });
  fake.writeFile('/vault/T/job-follow-up.md', template('Vault'), { silent: true });
  fake.writeFile('/office/Jobs/Jane Doe.md', JANE.replace('name: Jane Doe', 'name: Jane at work'), { silent: true });
  fake.writeFile('/office/People/Sam.md', SAM, { silent: true });
  fake.writeFile('/office/.followups.json', '{"askAfter": 1, "templatesFolder": "Drafts"}', { silent: true });
  // askAfter 1 here: Jane's next message in this folder is the one that asks whether to stop.
  fake.writeFile('/office/Drafts/job-ask-to-stop.md', template('Work'), { silent: true });
  fake.addFolder('office');
});
afterEach(() => {
  vaults?.dispose();
  vaults = undefined;
});

async function rows(tree: FollowupsTree, node?: FollowupNode, depth = 0): Promise<string[]> {
  const out: string[] = [];
  for (const child of await tree.getChildren(node)) {
    const item = tree.getTreeItem(child);
    out.push(`${'  '.repeat(depth)}${item.label as string} (${String(item.description)})`);
    out.push(...(await rows(tree, child, depth + 1)));
  }
  return out;
}

describe('a multi-root workspace', () => {
  it('keeps one index and one set of settings per folder, naming notes relative to their folder', async () => {
    vaults = new VaultSet();
    await vaults.ready();
    const [home, work] = vaults.all;
    expect(vaults.all.map((v) => v.name)).toEqual(['vault', 'office']);
    expect(home!.settings().contactsFolder).toBe('Jobs');
    expect(work!.settings().askAfter).toBe(1);
    expect(home!.index.agenda(TODAY).items.map((i) => i.contact.path)).toEqual(['Jobs/Jane Doe.md']);
    expect(work!.index.agenda(TODAY).items.map((i) => i.contact.name).sort()).toEqual(['Jane at work', 'Sam']);
    const workJane = vscode.Uri.file('/office/Jobs/Jane Doe.md');
    expect(vaults.forUri(workJane)).toBe(work);
    expect(vaults.pathOf(workJane)).toBe('Jobs/Jane Doe.md');
    expect(vaults.settingsFor(workJane).askAfter).toBe(1);
    expect(fake.findFilesCalls).toBe(2);
  });

  it('shows a top level per folder, each with its own groups; one folder shows its groups directly', async () => {
    vaults = new VaultSet();
    const tree = new FollowupsTree(vaults, () => TODAY);
    expect(await rows(tree)).toEqual([
      'vault (1 due)',
      '  Overdue (1)',
      '    Jane Doe (follow-up 2 of 3 · 12 days overdue · Tue midday)',
      'office (2 due)',
      '  Overdue (2)',
      // askAfter 1 in this folder's .followups.json: the next message already asks.
      '    Jane at work (ask whether to stop · 12 days overdue · Tue midday)',
      '    Sam (follow-up 1 of 1 · 1 day overdue · Tue morning)',
    ]);
    fake.removeFolder('office');
    await vaults.ready();
    expect(await rows(tree)).toEqual(['Overdue (1)', '  Jane Doe (follow-up 2 of 3 · 12 days overdue · Tue midday)']);
    tree.dispose();
  });

  it("runs a command on the folder that contains the note: its settings (the step), its templates", async () => {
    await activateExtension();
    await fake.command('pleasantlyPersistent.appendDraft')(vscode.Uri.file('/office/Jobs/Jane Doe.md'));
    await fake.command('pleasantlyPersistent.appendDraft')(fake.uri('Jobs/Jane Doe.md'));
    const read = (path: string): string => fake.readFile(path);
    expect(read('/office/Jobs/Jane Doe.md')).toMatch(/^### Draft — ask-to-stop 2 — /m);
    expect(read('/office/Jobs/Jane Doe.md')).toMatch(/^\*\*Subject:\*\* Work /m);
    expect(read('/office/Jobs/Jane Doe.md')).not.toMatch(/Vault/);
    expect(read('/vault/Jobs/Jane Doe.md')).toMatch(/^### Draft — follow-up 2 — /m);
    expect(read('/vault/Jobs/Jane Doe.md')).toMatch(/^\*\*Subject:\*\* Vault /m);
    expect(fake.said.filter((s) => s.level === 'warning')).toEqual([]);
  });
});

