/**
 * The index against events that overlap, ordered by hand: a read applies only when no newer event
 * for its note arrived since it started, and a closed document's text never comes back. Each case
 * left the index showing an old state for good before the fix (the view kept a contact under
 * "Paused, replied or stopped" while the disk said `followup: active`).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as vscode from 'vscode';
import { migrateSettings } from '../../../src/core/settings';
import { ContactIndex } from '../../../src/vscode/index/contact-index';
import { fake } from '../fake-vscode';
import { SAM } from '../notes';

const TODAY = '2026-12-01';
const NOTE = 'Networking/Sam.md';
const REPLIED = SAM.replace('followup: active', 'followup: replied');
let index: ContactIndex;

afterEach(() => index.dispose());

const stateOfSam = (): string | undefined => index.agenda(TODAY).items.find((i) => i.contact.name === 'Sam')?.plan.state;
/** Longer than the index's typing debounce (250 ms): timers fire in order, so it has fired by then. */
const afterDebounce = (): Promise<void> => new Promise((r) => setTimeout(r, 400));

/** Reads of NOTE wait until the test releases them; each returns the bytes it started with. */
function holdReads(): Array<() => void> {
  const held: Array<() => void> = [];
  fake.readGate = (path) => (path.endsWith(NOTE) ? new Promise<void>((r) => held.push(r)) : Promise.resolve());
  return held;
}

async function startIndex(withHeadReader = false): Promise<void> {
  fake.reset();
  fake.writeFile(NOTE, SAM, { silent: true });
  // Without a head reader every read goes through workspace.fs (as in a web extension host).
  index = new ContactIndex(vscode.workspace.workspaceFolders![0]!, () => migrateSettings({}), withHeadReader ? () => SAM : undefined);
  await index.start();
  expect(stateOfSam()).toBe('scheduled');
}

describe('ContactIndex under overlapping events', () => {
  it('keeps the newer read when an older read of the same note finishes last', async () => {
    await startIndex();
    const held = holdReads();
    fake.writeFile(NOTE, REPLIED); // read 1 starts, sees "replied"
    fake.writeFile(NOTE, SAM); // read 2 starts, sees "active" again (an undo, saved)
    expect(held).toHaveLength(2);
    held[1]!(); // the newer read finishes first...
    await vi.waitFor(() => expect(stateOfSam()).toBe('scheduled'));
    held[0]!(); // ...then the older one
    await afterDebounce();
    expect(stateOfSam()).toBe('scheduled');
  });

  it('does not bring back a note deleted while it was being read', async () => {
    await startIndex();
    const held = holdReads();
    fake.writeFile(NOTE, REPLIED);
    fake.deleteFile(NOTE);
    held[0]!();
    await afterDebounce();
    expect(stateOfSam()).toBeUndefined();
  });

  it('lets a scan read that finishes after a live change lose to it', async () => {
    fake.reset();
    fake.writeFile(NOTE, REPLIED, { silent: true });
    const held = holdReads();
    index = new ContactIndex(vscode.workspace.workspaceFolders![0]!, () => migrateSettings({}));
    const scanned = index.start();
    await vi.waitFor(() => expect(held).toHaveLength(1)); // the scan read "replied"
    fake.writeFile(NOTE, SAM);
    held[1]!();
    held[0]!();
    await scanned;
    await afterDebounce();
    expect(stateOfSam()).toBe('scheduled');
  });

  it('forgets unsaved typing in a document closed before the typing was read (its edits were discarded)', async () => {
    await startIndex(true);
    const doc = await vscode.workspace.openTextDocument(fake.uri(NOTE));
    (doc as unknown as { setText(t: string): void }).setText(REPLIED);
    // Closed with "Don't save" before the typing debounce ran: the disk is the truth again.
    fake.closeDocument(NOTE);
    await afterDebounce();
    expect(stateOfSam()).toBe('scheduled');
  });

  it('reads the disk, not the editor, when a document closes while a read of it is held', async () => {
    await startIndex();
    const held = holdReads();
    const doc = await vscode.workspace.openTextDocument(fake.uri(NOTE));
    fake.writeFile(NOTE, REPLIED, { fromSave: true }); // saved from the editor: read 1 holds "replied"
    (doc as unknown as { setText(t: string, dirty: boolean): void }).setText(SAM, true); // undo, unsaved
    fake.closeDocument(NOTE); // closed without saving: the disk ("replied") is right again
    await afterDebounce();
    held.forEach((release) => release());
    await vi.waitFor(() => expect(stateOfSam()).toBe('replied'));
    await afterDebounce();
    expect(stateOfSam()).toBe('replied');
  });
});
