/**
 * Carries out a core action on a note: decide on the document's current text (the editor's, with
 * unsaved edits, when it is open), ask when the core asks (a modal), then apply the write as a
 * WorkspaceEdit of the changed range only. The edit carries the document's version, so a change
 * in between makes VS Code refuse it and the action is decided again on the new text. A note
 * that was saved before is saved after; one with unsaved edits stays unsaved, with undo.
 */
import * as vscode from 'vscode';
import type { Action, ActionEnv } from '../../core/actions';
import { changedRange } from './changed-range';

/** What the user saw; returned for tests and for callers that chain a step (e.g. reveal). */
export type Outcome = { done: 'refused' | 'cancelled' | 'unchanged' | 'written' | 'gave-up'; message: string; reveal?: string };

export interface CarryOutDeps {
  env: (uri: vscode.Uri) => ActionEnv;
  /** How the result is said; the default is a notification. */
  say?: (level: 'info' | 'warning', message: string) => void;
}

const ATTEMPTS = 5;

const defaultSay = (level: 'info' | 'warning', message: string): void => {
  if (level === 'info') void vscode.window.showInformationMessage(message);
  else void vscode.window.showWarningMessage(message);
};

export async function carryOut<R>(uri: vscode.Uri, action: Action<R>, request: R, deps: CarryOutDeps): Promise<Outcome> {
  const say = deps.say ?? defaultSay;
  let req = request;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    let doc: vscode.TextDocument;
    try {
      doc = await vscode.workspace.openTextDocument(uri);
    } catch {
      const message = `${vscode.workspace.asRelativePath(uri, false)} is gone; nothing was written.`;
      say('warning', message);
      return { done: 'refused', message };
    }
    const text = doc.getText();
    const version = doc.version;
    const decision = action(text, req, deps.env(uri));
    if (decision.type === 'refuse') {
      say('warning', decision.message);
      return { done: 'refused', message: decision.message };
    }
    if (decision.type === 'confirm') {
      const pick = await vscode.window.showWarningMessage(decision.title, { modal: true, detail: decision.message }, decision.confirmText);
      if (pick !== decision.confirmText) return { done: 'cancelled', message: decision.message };
      // Decided again on whatever the text is now: it may have changed while the dialog was open.
      req = decision.confirmed;
      continue;
    }
    if (!decision.changed) {
      say('info', decision.message);
      return { done: 'unchanged', message: decision.message };
    }
    const wasDirty = doc.isDirty;
    const r = changedRange(text, decision.text);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(doc.positionAt(r.start), doc.positionAt(r.end)), r.insert);
    if (doc.version !== version) continue;
    if (!(await vscode.workspace.applyEdit(edit))) continue;
    if (!wasDirty) await doc.save();
    say('info', decision.message);
    return { done: 'written', message: decision.message, ...(decision.reveal === undefined ? {} : { reveal: decision.reveal }) };
  }
  const message = 'The note kept changing while this ran; nothing was written. Try again.';
  say('warning', message);
  return { done: 'gave-up', message };
}
