/** The live index: one scan, then kept current by the watcher and the open documents. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as vscode from 'vscode';
import { migrateSettings } from '../../../src/core/settings';
import { ContactIndex } from '../../../src/vscode/index/contact-index';
import { fake } from '../fake-vscode';
import { BROKEN_CADENCE, JANE, PLAIN, SAM } from '../notes';

let index: ContactIndex;
let settings = migrateSettings({});
const TODAY = '2026-12-01';

beforeEach(async () => {
  fake.reset();
  settings = migrateSettings({});
  fake.writeFile('Jobs/Jane Doe.md', JANE, { silent: true });
  fake.writeFile('Networking/Sam.md', SAM, { silent: true });
  fake.writeFile('Welcome.md', PLAIN, { silent: true });
  fake.writeFile('node_modules/pkg/README.md', SAM, { silent: true });
  index = new ContactIndex(vscode.workspace.workspaceFolders![0]!, () => settings);
  await index.start();
});
afterEach(() => index.dispose());

const names = (): string[] => index.agenda(TODAY).items.map((i) => i.contact.name).sort();

describe('ContactIndex', () => {
  it('finds the contacts of the workspace once, skipping non-contacts and node_modules', () => {
    expect(names()).toEqual(['Jane Doe', 'Sam']);
    expect(fake.findFilesCalls).toBe(1);
  });

  it('follows creates, changes and deletes on disk without another scan', async () => {
    fake.writeFile('Jobs/Nina.md', BROKEN_CADENCE);
    await vi.waitFor(() => expect(index.agenda(TODAY).problems.map((p) => p.key)).toEqual(['cadence']));
    fake.writeFile('Jobs/Nina.md', BROKEN_CADENCE.replace('cadence: sometimes', 'cadence: 2w'));
    await vi.waitFor(() => expect(names()).toEqual(['Jane Doe', 'Nina', 'Sam']));
    fake.deleteFile('Jobs/Jane Doe.md');
    await vi.waitFor(() => expect(names()).toEqual(['Nina', 'Sam']));
    expect(fake.findFilesCalls).toBe(1);
  });

  it('drops every note of a deleted folder', async () => {
    fake.deleteFile('Networking');
    await vi.waitFor(() => expect(names()).toEqual(['Jane Doe']));
  });

  it('reads an open document from the editor, unsaved edits included, and the disk again when it is closed', async () => {
    const doc = await vscode.workspace.openTextDocument(fake.uri('Networking/Sam.md'));
    (doc as unknown as { setText(t: string): void }).setText(SAM.replace('followup: active', 'followup: paused'));
    await vi.waitFor(() => expect(index.agenda(TODAY).items.find((i) => i.contact.name === 'Sam')?.plan.state).toBe('paused'));
    expect(fake.readFile('Networking/Sam.md')).toBe(SAM);
    fake.closeDocument('Networking/Sam.md');
    await vi.waitFor(() => expect(index.agenda(TODAY).items.find((i) => i.contact.name === 'Sam')?.plan.state).toBe('scheduled'));
  });

  it('applies the contacts folder setting without reading anything again', () => {
    settings = migrateSettings({ contactsFolder: 'Jobs' });
    expect(names()).toEqual(['Jane Doe']);
    expect(fake.findFilesCalls).toBe(1);
  });

  it('reports a note that is not UTF-8 instead of reading it with replacement characters', async () => {
    fake.writeFile('Jobs/Latin1.md', new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xe9, 0x0a]));
    await vi.waitFor(() => expect(index.agenda(TODAY).problems.map((p) => p.message)).toEqual(['the note is not UTF-8 text']));
  });

  it('fires one change for a burst of edits', async () => {
    const listener = vi.fn();
    index.onDidChange(listener);
    for (let i = 0; i < 5; i++) fake.writeFile(`Jobs/Burst ${i}.md`, SAM);
    await vi.waitFor(() => expect(names()).toHaveLength(7));
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
  });
});
