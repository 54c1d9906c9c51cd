import { MarkdownView, Notice } from 'obsidian';
import { checkTone } from '../../core/tone';
import type { Language } from '../../core/types';
import { readLatestDraft } from '../actions';
import type { PluginContext } from '../context';
import { ToneResultsModal } from '../modals/tone-results-modal';
import { activeNote, type CommandSpec } from './command-spec';

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

function languageOf(ctx: PluginContext): Language {
  const file = activeNote(ctx);
  const read = file ? ctx.index.get(file.path) : undefined;
  return (read?.ok === true ? read.contact.language : null) ?? ctx.settings().language;
}

async function runCheck(ctx: PluginContext, selection: string): Promise<void> {
  let text = selection;
  let source = 'the selection';
  const file = activeNote(ctx);
  if (text.trim() === '' && file) {
    const draft = await readLatestDraft(ctx, file);
    if (!draft) {
      new Notice('No draft in this note yet: select some text, or append a draft first.');
      return;
    }
    text = `${draft.subject}\n\n${draft.body}`;
    source = `the latest draft (${draft.heading.replace(/^### /, '')})`;
  }
  const findings = checkTone(text, languageOf(ctx));
  if (findings.length === 0) new Notice(`Nothing to soften in ${source}: it reads kindly.`);
  else new ToneResultsModal(ctx.app, findings, source).open();
}
