/**
 * The commands, mirroring the plugin's. Each takes the note from its argument (a URI from a
 * CodeLens, a row of the view) or else the active editor, and hands the decision to the core.
 * No default keybindings.
 */
import * as vscode from 'vscode';
import {
  appendDraft,
  logReply,
  logSent,
  markReplied,
  pause,
  pauseOrResume,
  readNoteText,
  resume,
  setCadence,
  snooze,
  startFollowingUp,
  stop,
  type Action,
  type ActionEnv,
} from '../../core/actions';
import { latestDraftBlock } from '../../core/drafts';
import { classifyReply } from '../../core/replies';
import { planFollowUp } from '../../core/rules';
import type { VaultSet } from '../vaults/vault-set';
import { now, today } from '../clock';
import { loadUserTemplates, templateWarning } from '../drafts/load-user-templates';
import { carryOut, type Outcome } from '../edit/carry-out';
import type { ToneChecker } from '../diagnostics/tone-diagnostics';
import type { FollowupNode } from '../view/tree-nodes';
import { mailtoUrl } from './mailto';
import { askContext, pickCadence, pickSnoozeDay } from './pickers';

export interface CommandDeps {
  vaults: VaultSet;
  tone: ToneChecker;
}

export const COMMAND_PREFIX = 'pleasantlyPersistent.';

/** A URI from a lens or a link, a row of the view, or else the active editor's note. */
export function targetOf(arg: unknown, vaults: VaultSet): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (arg !== null && typeof arg === 'object' && 'kind' in arg) {
    const node = arg as FollowupNode;
    const index = vaults.byKey(node.root)?.index;
    if (node.kind === 'contact') return index?.uriOf(node.item.contact.path);
    if (node.kind === 'broken') return index?.uriOf(node.note.path);
  }
  const doc = vscode.window.activeTextEditor?.document;
  return doc && /\.md$/i.test(doc.uri.path) ? doc.uri : undefined;
}

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  const { vaults } = deps;
  // Each note is decided with its own workspace folder's settings and named relative to it.
  const env = (uri: vscode.Uri): ActionEnv => ({ path: vaults.pathOf(uri), settings: vaults.settingsFor(uri), now: now() });

  const onNote = (run: (uri: vscode.Uri) => Promise<unknown>) => async (arg?: unknown): Promise<unknown> => {
    const uri = targetOf(arg, vaults);
    if (!uri) {
      void vscode.window.showWarningMessage('Open a contact note first (or pick one in the Follow-ups view).');
      return undefined;
    }
    return run(uri);
  };
  const act = <R>(action: Action<R>, request: R) => onNote((uri) => carryOut(uri, action, request, { env }));

  const textOf = async (uri: vscode.Uri): Promise<string> => (await vscode.workspace.openTextDocument(uri)).getText();

  const commands: Record<string, (...args: unknown[]) => unknown> = {
    openNote: onNote(async (uri) => vscode.window.showTextDocument(uri, { preview: false })),
    openNextFollowUp: async () => {
      await vaults.ready();
      // Each folder's first due contact (the core's order), then the earliest of those.
      const day = today();
      let next: { due: string; uri: vscode.Uri } | undefined;
      for (const vault of vaults.all) {
        const item = vault.index.agenda(day).items.find((i) => i.plan.due !== null);
        const at = item ? vault.index.uriOf(item.contact.path) : undefined;
        if (item?.plan.due && at && (!next || item.plan.due < next.due)) next = { due: item.plan.due, uri: at };
      }
      const uri = next?.uri;
      if (!uri) return vscode.window.showInformationMessage('Nothing is due: no follow-up to open.');
      return vscode.window.showTextDocument(uri, { preview: false });
    },
    startFollowingUp: onNote(async (uri) => {
      const request = await askContext();
      return request ? carryOut(uri, startFollowingUp, request, { env }) : undefined;
    }),
    appendDraft: onNote(async (uri) => {
      // Read afresh for each draft, as the plugin does: an edited template applies at once.
      const root = vaults.vaultFor(uri)?.folder.uri;
      const { templates, notices } = root ? await loadUserTemplates(root, vaults.settingsFor(uri).templatesFolder) : { templates: [], notices: [] };
      const warning = templateWarning(notices);
      if (warning) void vscode.window.showWarningMessage(warning);
      return revealAfter(uri, await carryOut(uri, appendDraft, {}, { env: (u) => ({ ...env(u), userTemplates: templates }) }));
    }),
    logSent: act(logSent, {}),
    markReplied: act(markReplied, {}),
    logReply: onNote(async (uri) => {
      // The selection in that note, or a pasted reply; the core reads it and decides.
      const editor = vscode.window.activeTextEditor;
      const selected = editor && editor.document.uri.toString() === uri.toString() && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : undefined;
      const text = selected ?? (await vscode.window.showInputBox({ title: 'Log reply', prompt: 'Paste their reply (quoted mail and signature may stay)', ignoreFocusOut: true }));
      if (!text) return undefined;
      // Shown, not decided on: when the reading is unsure the user says what it is.
      const reading = classifyReply(text, { today: today() });
      if (reading.kind !== 'unsure') return carryOut(uri, logReply, { text }, { env });
      const kinds = [
        { label: 'A reply', reply: 'reply' as const },
        { label: 'They asked me to stop', reply: 'stop' as const },
        { label: 'An out-of-office auto-reply', reply: 'out-of-office' as const },
      ];
      const picked = await vscode.window.showQuickPick(kinds, { title: `Not sure what this reply is: ${reading.why}`, placeHolder: 'What is it?' });
      return picked ? carryOut(uri, logReply, { text, kind: picked.reply }, { env }) : undefined;
    }),
    stop: act(stop, {}),
    pause: act(pause, {}),
    resume: act(resume, {}),
    pauseOrResume: act(pauseOrResume, {}),
    snooze: onNote(async (uri) => {
      const until = await pickSnoozeDay(today());
      return until ? carryOut(uri, snooze, { until }, { env }) : undefined;
    }),
    removeSnooze: act(snooze, { until: null }),
    setCadence: onNote(async (uri) => {
      const cadence = await pickCadence();
      return cadence ? carryOut(uri, setCadence, { cadence }, { env }) : undefined;
    }),
    checkTone: async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return vscode.window.showWarningMessage('Open a note and select some text to check its tone.');
      const selection = editor.selection.isEmpty ? undefined : editor.selection;
      const findings = deps.tone.check(editor.document, selection);
      const where = selection ? 'the selection' : 'the "## Follow-ups" section';
      if (findings.length === 0) return vscode.window.showInformationMessage(`Nothing to soften in ${where}: it reads kindly.`);
      void vscode.commands.executeCommand('workbench.actions.view.problems');
      return vscode.window.showInformationMessage(`${findings.length} ${findings.length === 1 ? 'phrase' : 'phrases'} to soften in ${where}: see the squiggles (Quick Fix offers a kinder line).`);
    },
    copyDraft: onNote(async (uri) => {
      const draft = latestDraftBlock(await textOf(uri));
      if (!draft) return vscode.window.showWarningMessage('No draft in this note yet: append a draft first.');
      await vscode.env.clipboard.writeText(`${draft.subject}\n\n${draft.body}`);
      return vscode.window.showInformationMessage('Draft copied: subject, then body.');
    }),
    openDraftInMail: onNote(async (uri) => {
      const text = await textOf(uri);
      const read = readNoteText(text, vaults.pathOf(uri));
      if (read.kind !== 'contact') return vscode.window.showWarningMessage('This is not a contact note without problems.');
      if (read.contact.email === null) return vscode.window.showWarningMessage(`${read.contact.name} has no \`email\` in the note.`);
      const draft = latestDraftBlock(text);
      if (!draft) return vscode.window.showWarningMessage('No draft in this note yet: append a draft first.');
      return vscode.env.openExternal(vscode.Uri.parse(mailtoUrl(read.contact.email, draft), true));
    }),
    showWhy: onNote(async (uri) => {
      const read = readNoteText(await textOf(uri), vaults.pathOf(uri));
      if (read.kind !== 'contact') return vscode.window.showWarningMessage('This note is not a contact without problems: see the Problems panel.');
      return vscode.window.showInformationMessage(planFollowUp(read.contact, vaults.settingsFor(uri), today()).why);
    }),
  };
  return Object.entries(commands).map(([name, run]) => vscode.commands.registerCommand(COMMAND_PREFIX + name, run));
}

/** After a draft is appended, show it. */
async function revealAfter(uri: vscode.Uri, outcome: Outcome): Promise<Outcome> {
  if (outcome.done !== 'written' || outcome.reveal === undefined) return outcome;
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  const line = editor.document.getText().split(/\r?\n/).lastIndexOf(outcome.reveal);
  if (line >= 0) {
    const at = new vscode.Position(line, 0);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
  }
  return outcome;
}
