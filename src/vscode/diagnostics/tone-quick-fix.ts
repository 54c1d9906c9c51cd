/** Quick Fixes on tone squiggles: put the kinder alternative in place of the phrase, or leave it out. */
import * as vscode from 'vscode';
import { kinderAlternatives } from './kinder-alternative';
import { SOURCE } from './note-problems';
import { TONE_CODE, type ToneChecker } from './tone-diagnostics';

export class ToneQuickFix implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly checker: ToneChecker) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== SOURCE || diagnostic.code !== TONE_CODE) continue;
      const finding = this.checker.findingAt(doc.uri, diagnostic.range);
      if (!finding) continue;
      for (const [i, fix] of kinderAlternatives(finding.suggestion).entries()) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = i === 0;
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(doc.uri, diagnostic.range, fix.replacement);
        actions.push(action);
      }
    }
    return actions;
  }
}
