/**
 * The live `followups check`: every contact note's problems in the Problems panel, each on the
 * line of the key it is about (the first line when the key is not found).
 */
import * as vscode from 'vscode';
import type { Problem } from '../../core/types';
import type { VaultSet } from '../vaults/vault-set';

export const SOURCE = 'Pleasantly Persistent';

/** The 0-based line of a top-level `key:` inside the frontmatter; 0 when it is not there. */
export function keyLine(text: string, key: string): number {
  const lines = text.split(/\r?\n/);
  if (!/^---[ \t]*$/.test(lines[0]?.replace(/^\uFEFF/, '') ?? '')) return 0;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`^["']?${escaped}["']?[ \\t]*:`);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^(---|\.\.\.)[ \t]*$/.test(line)) break;
    if (re.test(line)) return i;
  }
  return 0;
}

export function problemDiagnostic(problem: Problem, text: string | null): vscode.Diagnostic {
  const line = text === null ? 0 : keyLine(text, problem.key);
  const length = text === null ? 0 : (text.split(/\r?\n/)[line]?.length ?? 0);
  const d = new vscode.Diagnostic(new vscode.Range(line, 0, line, length), `${problem.key}: ${problem.message}`, vscode.DiagnosticSeverity.Warning);
  d.source = SOURCE;
  d.code = 'note-problem';
  return d;
}

/** Keeps one collection in step with every folder's index; only notes whose problems changed are re-set. */
export function watchNoteProblems(vaults: VaultSet, textOf: (uri: vscode.Uri) => string | null): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('pleasantlyPersistent.notes');
  let shown = new Map<string, { uri: vscode.Uri; key: string }>();
  const update = (): void => {
    const next = new Map<string, { uri: vscode.Uri; key: string }>();
    for (const note of vaults.all.flatMap((v) => v.index.notesInScope())) {
      if (note.read.ok) continue;
      const key = JSON.stringify(note.read.problems.map((p) => [p.key, p.message]));
      next.set(note.uri.toString(), { uri: note.uri, key });
      if (shown.get(note.uri.toString())?.key === key) continue;
      const text = textOf(note.uri);
      collection.set(note.uri, note.read.problems.map((p) => problemDiagnostic(p, text)));
    }
    for (const [k, { uri }] of shown) if (!next.has(k)) collection.delete(uri);
    shown = next;
  };
  const sub = vaults.onDidChange(update);
  void vaults.ready().then(update);
  return { dispose: () => (sub.dispose(), collection.dispose()) };
}
