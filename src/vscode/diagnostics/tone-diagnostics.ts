/**
 * Tone findings as squiggles: in the `## Follow-ups` section of every open Markdown note, kept
 * current as the user types, and in a selection when "Check tone" runs on it (until the next edit).
 * The finding's suggestion travels in the diagnostic for the Quick Fix.
 */
import * as vscode from 'vscode';
import { checkTone, type ToneFinding } from '../../core/tone';
import type { Language } from '../../core/types';
import { followupsSection } from './followups-section';
import { SOURCE } from './note-problems';

export const TONE_CODE = 'tone';
const TYPING_DEBOUNCE_MS = 300;

/** Diagnostics carry the suggestion so the Quick Fix needs no second check. */
export class ToneDiagnostic extends vscode.Diagnostic {
  constructor(
    range: vscode.Range,
    readonly finding: ToneFinding,
  ) {
    super(range, `${finding.why} ${finding.suggestion}`, vscode.DiagnosticSeverity.Warning);
    this.source = SOURCE;
    this.code = TONE_CODE;
  }
}

export function toneDiagnostics(doc: vscode.TextDocument, from: number, text: string, language: Language): ToneDiagnostic[] {
  return checkTone(text, language).map((f) => {
    const range = new vscode.Range(doc.positionAt(from + f.index), doc.positionAt(from + f.index + f.phrase.length));
    return new ToneDiagnostic(range, f);
  });
}

export class ToneChecker implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('pleasantlyPersistent.tone');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [this.collection];
  /** What is shown per note: diagnostics come back to the Quick Fix as copies, so findings are looked up here. */
  private readonly shown = new Map<string, ToneDiagnostic[]>();

  constructor(private readonly languageOf: (uri: vscode.Uri) => Language) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.check(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.soon(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.collection.delete(d.uri);
        this.shown.delete(d.uri.toString());
      }),
    );
    for (const d of vscode.workspace.textDocuments) this.check(d);
  }

  /**
   * Re-checks the `## Follow-ups` section; with a selection, its findings are shown too (until the
   * next edit). Returns the selection's findings when given one, else the section's.
   */
  check(doc: vscode.TextDocument, selection?: vscode.Range): ToneDiagnostic[] {
    if (doc.languageId !== 'markdown') return [];
    const text = doc.getText();
    const section = followupsSection(text);
    const language = this.languageOf(doc.uri);
    const inSection = section ? toneDiagnostics(doc, section.start, text.slice(section.start, section.end), language) : [];
    const inSelection =
      selection && !selection.isEmpty ? toneDiagnostics(doc, doc.offsetAt(selection.start), doc.getText(selection), language) : [];
    const extra = inSelection.filter((d) => !inSection.some((f) => f.range.isEqual(d.range)));
    this.collection.set(doc.uri, [...inSection, ...extra]);
    this.shown.set(doc.uri.toString(), [...inSection, ...extra]);
    return selection ? inSelection : inSection;
  }

  /** The finding shown at exactly this range of the note, if any. */
  findingAt(uri: vscode.Uri, range: vscode.Range): ToneFinding | undefined {
    return this.shown.get(uri.toString())?.find((d) => d.range.isEqual(range))?.finding;
  }

  private soon(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!doc.isClosed) this.check(doc);
      }, TYPING_DEBOUNCE_MS),
    );
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
