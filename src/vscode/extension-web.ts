/**
 * The web entry (`browser`, VS Code for the Web and virtual workspaces): the same extension,
 * every read through workspace.fs and VS Code's documents. Nothing from Node may be bundled
 * here (the build for the webworker platform fails if it is, and a test checks its inputs).
 */
import type * as vscode from 'vscode';
import { activateExtension, type ExtensionApi } from './activate';

export function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
  return activateExtension(context);
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
