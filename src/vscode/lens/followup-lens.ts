/**
 * The CodeLens on a contact note's `followup:` line: "Follow-up 2 of 3 · due Thu 19 Nov · Log
 * sent · Draft · Snooze · Why?", from the document's own text. Each action is a command with the
 * note's URI; the commands decide again, on the text at that moment.
 */
import * as vscode from 'vscode';
import { offers, type OfferedAction } from '../../core/actions/offers';
import type { Settings } from '../../core/settings';
import type { Day } from '../../core/types';
import { keyLine } from '../diagnostics/note-problems';
import { readNote } from '../index/read-note';
import { statusTitle, summarize } from './explain-note';

type LensSpec = { title: string; command: string; tooltip?: string };

/** The shortcuts a lens shows, in its order, when the core offers them for the plan. */
const LENS_ACTIONS: readonly [OfferedAction, string, string][] = [
  ['log-sent', 'Log sent', 'logSent'],
  ['draft', 'Draft', 'appendDraft'],
  ['snooze', 'Snooze', 'snooze'],
  ['resume', 'Resume', 'resume'],
];

export function lensSpecs(text: string, path: string, settings: Settings, today: Day): LensSpec[] {
  const read = readNote(path, text);
  if (read === null) return [];
  const s = summarize(read, settings, today);
  if (!s.ok) return [{ title: `$(warning) ${s.problems === 1 ? '1 problem' : `${s.problems} problems`}: see the Problems panel`, command: 'workbench.actions.view.problems' }];
  const { state } = s.plan;
  const specs: LensSpec[] = [{ title: statusTitle(s.plan, settings.askAfter), command: 'pleasantlyPersistent.showWhy', tooltip: s.plan.why }];
  for (const [action, title, command] of LENS_ACTIONS) if (offers(state, action)) specs.push({ title, command: `pleasantlyPersistent.${command}` });
  specs.push({ title: 'Why?', command: 'pleasantlyPersistent.showWhy', tooltip: s.plan.why });
  return specs;
}

export class FollowupLens implements vscode.CodeLensProvider {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.emitter.event;

  constructor(
    /** The settings of the note's workspace folder. */
    private readonly settings: (uri: vscode.Uri) => Settings,
    private readonly today: () => Day,
    private readonly pathOf: (uri: vscode.Uri) => string,
  ) {}

  /** Settings or the day changed: the same text may plan differently. */
  refresh(): void {
    this.emitter.fire();
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const text = doc.getText();
    const specs = lensSpecs(text, this.pathOf(doc.uri), this.settings(doc.uri), this.today());
    if (specs.length === 0) return [];
    const line = keyLine(text, 'followup');
    const range = new vscode.Range(line, 0, line, 0);
    return specs.map((spec) => new vscode.CodeLens(range, { title: spec.title, command: spec.command, tooltip: spec.tooltip, arguments: [doc.uri] }));
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
