/** Quick Fixes on tone squiggles: the core's kinder rewrite in place of the unkind clause. */
import * as vscode from 'vscode';
import { kinderFix } from './kinder-alternative';
import { SOURCE } from './note-problems';
import { TONE_CODE, type ToneChecker } from './tone-diagnostics';

export class ToneQuickFix implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly checker: ToneChecker) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const text = doc.getText();
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== SOURCE || diagnostic.code !== TONE_CODE) continue;
      const finding = this.checker.findingAt(doc.uri, diagnostic.range);
      if (!finding) continue;
      const index = doc.offsetAt(diagnostic.range.start);
      const fix = kinderFix(text, { index, phrase: doc.getText(diagnostic.range), suggestion: finding.suggestion });
      if (fix === null) continue;
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(doc.uri, new vscode.Range(doc.positionAt(fix.from), doc.positionAt(fix.to)), fix.replacement);
      actions.push(action);
    }
    return actions;
  }
}
