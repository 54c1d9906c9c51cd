import { MarkdownView, Notice } from 'obsidian';
import { checkTone } from '../../core/tone';
import type { PluginContext } from '../context';
import { ToneResultsModal } from '../modals/tone-results-modal';
import { activeNote, type CommandSpec } from './command-spec';
import { readNoteNow } from './note-draft';

/** The selection in the active editor; else the latest draft of the active contact note. */
export const checkToneCommand: CommandSpec = {
  id: 'check-tone',
  name: 'Check tone of selection or latest draft',
  run: (ctx, checking) => {
    const selection = ctx.app.workspace.getActiveViewOfType(MarkdownView)?.editor.getSelection() ?? '';
    const file = activeNote(ctx);
    const isContact = file !== null && ctx.index.get(file.path) !== undefined;
    if (selection.trim() === '' && !isContact) return false;
    if (!checking) void runCheck(ctx, selection);
    return true;
  },
};

async function runCheck(ctx: PluginContext, selection: string): Promise<void> {
  let text = selection;
  let source = 'the selection';
  let language = ctx.settings().language;
  const file = activeNote(ctx);
  if (file) {
    const now = await readNoteNow(ctx, file);
    if (now.read.kind === 'contact') language = now.read.contact.language ?? language;
    if (text.trim() === '') {
      if (!now.draft) {
        new Notice('No draft in this note yet: select some text, or append a draft first.');
        return;
      }
      text = `${now.draft.subject}\n\n${now.draft.body}`;
      source = `the latest draft (${now.draft.heading.replace(/^### /, '')})`;
    }
  }
  const findings = checkTone(text, language);
  if (findings.length === 0) new Notice(`Nothing to soften in ${source}: it reads kindly.`);
  else new ToneResultsModal(ctx.app, findings, source).open();
}
