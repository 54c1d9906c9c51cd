/** The desktop extension activated on the fake VS Code; what it registered is disposed when the test ends. */
import { onTestFinished } from 'vitest';
import type * as vscode from 'vscode';
import { activate, type ExtensionApi } from '../../src/vscode/extension';

export function activateExtension(): Promise<ExtensionApi> {
  const subscriptions: Array<{ dispose(): unknown }> = [];
  onTestFinished(() => {
    for (const s of subscriptions.splice(0)) s.dispose();
  });
  return activate({ subscriptions } as unknown as vscode.ExtensionContext);
}
