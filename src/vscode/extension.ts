/**
 * The desktop entry (`main`): the extension, reading each note's frontmatter through Node with
 * the CLI's head reader (most of a note's bytes are its body), workspace.fs for the rest.
 */
import type * as vscode from 'vscode';
import { readNoteHead } from '../cli/vault/read-note-head';
import { activateExtension, type ExtensionApi } from './activate';

export type { ExtensionApi } from './activate';

export function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
  return activateExtension(context, readNoteHead);
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
