/** A hover on a contact note's `contacted` and `cadence` keys: what was sent, the gaps, and why the next date is what it is. */
import * as vscode from 'vscode';
import type { Settings } from '../../core/settings';
import type { Day } from '../../core/types';
import { keyLine } from '../diagnostics/note-problems';
import { readNote } from '../index/read-note';
import { explainCadence, explainContacted, summarize } from './explain-note';

export function hoverText(text: string, path: string, line: number, settings: Settings, today: Day): string | null {
  const onContacted = line === keyLine(text, 'contacted') && line > 0;
  const onCadence = line === keyLine(text, 'cadence') && line > 0;
  if (!onContacted && !onCadence) return null;
  const read = readNote(path, text);
  if (read === null) return null;
  const s = summarize(read, settings, today);
  if (!s.ok) return null;
  return onContacted ? explainContacted(s.contact, s.plan, today) : explainCadence(s.contact, s.plan, settings);
}

export class ExplainHover implements vscode.HoverProvider {
  constructor(
    /** The settings of the note's workspace folder. */
    private readonly settings: (uri: vscode.Uri) => Settings,
    private readonly today: () => Day,
    private readonly pathOf: (uri: vscode.Uri) => string,
  ) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | null {
    const text = hoverText(doc.getText(), this.pathOf(doc.uri), position.line, this.settings(doc.uri), this.today());
    if (text === null) return null;
    const md = new vscode.MarkdownString(text);
    md.isTrusted = false;
    return new vscode.Hover(md, doc.lineAt(position.line).range);
  }
}
