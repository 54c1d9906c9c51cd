/** Tone squiggles in the `## Follow-ups` section and a checked selection, with the Quick Fix. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as vscode from 'vscode';
import { ToneChecker, TONE_CODE } from '../../../src/vscode/diagnostics/tone-diagnostics';
import { ToneQuickFix } from '../../../src/vscode/diagnostics/tone-quick-fix';
import { fake, type TextDocument } from '../fake-vscode';
import { JANE } from '../notes';

const NOTE = 'Jobs/Jane Doe.md';
const RUDE = "Hi Jane, you haven't replied to my last email.";
let checker: ToneChecker;

beforeEach(() => {
  fake.reset();
  fake.writeFile(NOTE, `${JANE}### Draft — Thu 3 Dec\n${RUDE}\n\n## Notes\nyou haven't replied, noted for myself.\n`, { silent: true });
  checker = new ToneChecker(() => 'en');
});
afterEach(() => checker.dispose());

describe('ToneChecker', () => {
  it('marks a rude phrase in the Follow-ups section, and not the same words in another section', async () => {
    const doc = await vscode.workspace.openTextDocument(fake.uri(NOTE));
    const found = checker.check(doc);
    expect(found).toHaveLength(1);
    expect(doc.getText(found[0]!.range)).toBe("you haven't replied");
    expect(fake.diagnostics(NOTE).map((d) => d.code)).toEqual([TONE_CODE]);
  });

  it('checks a selection anywhere when asked, and adds its findings', async () => {
    const doc = await vscode.workspace.openTextDocument(fake.uri(NOTE));
    const text = doc.getText();
    const at = text.lastIndexOf("you haven't replied");
    const selection = new vscode.Range(doc.positionAt(at), doc.positionAt(text.length));
    const found = checker.check(doc, selection);
    expect(found.map((d) => doc.getText(d.range))).toEqual(["you haven't replied"]);
    expect(fake.diagnostics(NOTE)).toHaveLength(2);
  });

  it('offers a Quick Fix that puts the kinder line in place of the unkind clause', async () => {
    const doc = await vscode.workspace.openTextDocument(fake.uri(NOTE));
    const [diagnostic] = checker.check(doc);
    // VS Code hands diagnostics back as copies, not the objects we made.
    const copy = Object.assign(new vscode.Diagnostic(diagnostic!.range, diagnostic!.message, diagnostic!.severity), { source: diagnostic!.source, code: diagnostic!.code });
    const actions = new ToneQuickFix(checker).provideCodeActions(doc, diagnostic!.range, { diagnostics: [copy], triggerKind: 1, only: undefined });
    expect(actions).toHaveLength(1);
    expect(actions[0]!.title).toMatch(/^Rewrite kindly: "I know how full inboxes get/);
    expect(actions[0]!.isPreferred).toBe(true);
    await vscode.workspace.applyEdit(actions[0]!.edit!);
    expect(doc.getText()).toContain("Hi Jane, I know how full inboxes get. Whenever you have a moment, I'd love to hear your thoughts on my last email.\n");
    expect((doc as unknown as TextDocument).isDirty).toBe(true);
  });

  it('offers nothing for diagnostics that are not its own', async () => {
    const doc = await vscode.workspace.openTextDocument(fake.uri(NOTE));
    const other = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 3), 'spelling');
    expect(new ToneQuickFix(checker).provideCodeActions(doc, other.range, { diagnostics: [other], triggerKind: 1, only: undefined })).toEqual([]);
  });
});
