/** Carrying out a core decision as a WorkspaceEdit: the changed range only, on the text of that moment. */
import { beforeEach, describe, expect, it } from 'vitest';
import * as vscode from 'vscode';
import { logSent, markReplied, stop, type ActionEnv } from '../../../src/core/actions';
import { migrateSettings } from '../../../src/core/settings';
import { carryOut } from '../../../src/vscode/edit/carry-out';
import { fake, type TextDocument } from '../fake-vscode';
import { JANE, KARIN_STOPPED } from '../notes';

const NOTE = 'Jobs/Jane Doe.md';
const now = { day: '2026-12-01', time: '10:05' };
const env = (uri: vscode.Uri): ActionEnv => ({ path: vscode.workspace.asRelativePath(uri), settings: migrateSettings({}), now });
const deps = { env };

beforeEach(() => {
  fake.reset();
  fake.writeFile(NOTE, JANE, { silent: true });
});

describe('carryOut', () => {
  it('writes only the new value, saves a note that had no unsaved edits, and says what it did', async () => {
    const outcome = await carryOut(fake.uri(NOTE), logSent, {}, deps);
    expect(outcome.done).toBe('written');
    expect(fake.readFile(NOTE)).toBe(JANE.replace('2026-11-11 14:30]', '2026-11-11 14:30, 2026-12-01 10:05]'));
    expect(fake.lastEdit?.text).toBe(', 2026-12-01 10:05');
    expect(fake.lastEdit!.to - fake.lastEdit!.from).toBe(0);
    expect(fake.said.at(-1)?.level).toBe('info');
    expect(fake.said.at(-1)?.message).toContain('Logged follow-up 2 to Jane Doe at 2026-12-01 10:05');
  });

  it('decides on the unsaved editor text, and leaves it unsaved', async () => {
    const doc = (await vscode.workspace.openTextDocument(fake.uri(NOTE))) as unknown as TextDocument;
    doc.setText(JANE.replace('followup: active ', 'followup: stopped'));
    const outcome = await carryOut(fake.uri(NOTE), logSent, {}, deps);
    expect(outcome.done).toBe('refused');
    expect(outcome.message).toContain('asked you to stop');
    expect(fake.readFile(NOTE)).toBe(JANE);
    expect(doc.isDirty).toBe(true);

    doc.setText(JANE.replace('# active', '# typed, not saved'));
    await carryOut(fake.uri(NOTE), markReplied, {}, deps);
    expect(doc.getText()).toContain('followup: replied            # typed, not saved');
    expect(doc.isDirty).toBe(true);
    expect(fake.readFile(NOTE)).toBe(JANE);
  });

  it('asks first when the core asks, then decides again on the text as it is after the dialog', async () => {
    fake.writeFile(NOTE, JANE.replace('2026-11-11 14:30', '2026-11-28 14:30'), { silent: true });
    fake.answers = ['Log it anyway'];
    // While the dialog is open the user types `stopped`: the confirmed action must see it.
    fake.onModal = () => {
      const doc = fake.document(NOTE)!;
      doc.setText(doc.getText().replace('followup: active ', 'followup: stopped'));
    };
    const outcome = await carryOut(fake.uri(NOTE), logSent, {}, deps);
    expect(fake.said.find((s) => s.modal)?.message).toBe('Log a follow-up this soon?');
    expect(outcome.done).toBe('refused');
    expect(fake.document(NOTE)!.getText()).not.toContain('10:05');
  });

  it('writes nothing when the user says no', async () => {
    fake.writeFile(NOTE, JANE.replace('2026-11-11 14:30', '2026-11-28 14:30'), { silent: true });
    fake.answers = [undefined];
    const outcome = await carryOut(fake.uri(NOTE), logSent, {}, deps);
    expect(outcome.done).toBe('cancelled');
    expect(fake.readFile(NOTE)).toBe(JANE.replace('2026-11-11 14:30', '2026-11-28 14:30'));
  });

  it('decides again when the document changed between the decision and the edit', async () => {
    const doc = (await vscode.workspace.openTextDocument(fake.uri(NOTE))) as unknown as TextDocument;
    const applyEdit = vscode.workspace.applyEdit;
    let raced = false;
    (vscode.workspace as { applyEdit: typeof applyEdit }).applyEdit = async (edit) => {
      if (!raced) {
        raced = true;
        doc.setText(doc.getText().replace('name: Jane Doe', 'name: Jane D.'));
      }
      return applyEdit(edit);
    };
    try {
      const outcome = await carryOut(fake.uri(NOTE), markReplied, {}, deps);
      expect(outcome.done).toBe('written');
      expect(doc.getText()).toContain('name: Jane D.');
      expect(doc.getText()).toContain('followup: replied');
    } finally {
      (vscode.workspace as { applyEdit: typeof applyEdit }).applyEdit = applyEdit;
    }
  });

  it('keeps stopped final: stopping again changes nothing and says so', async () => {
    fake.writeFile('Sales/Karin.md', KARIN_STOPPED, { silent: true });
    const outcome = await carryOut(fake.uri('Sales/Karin.md'), stop, {}, deps);
    expect(outcome.done).toBe('unchanged');
    expect(fake.readFile('Sales/Karin.md')).toBe(KARIN_STOPPED);
  });

  it('says so when the note is gone', async () => {
    const outcome = await carryOut(fake.uri('Jobs/Nobody.md'), logSent, {}, deps);
    expect(outcome).toMatchObject({ done: 'refused', message: 'Jobs/Nobody.md is gone; nothing was written.' });
  });
});
