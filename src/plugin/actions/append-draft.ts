import { Notice, type TFile } from 'obsidian';
import { weekdayOf } from '../../core/calendar';
import { draft, renderDraftBlock } from '../../core/drafts';
import { planFollowUp } from '../../core/rules';
import type { PlanState } from '../../core/types';
import type { PluginContext } from '../context';
import { contactOf, refuse } from './refuse';
import { loadUserTemplates } from './user-templates';
import { noteTextNow, writeNote } from './write-note';

const NO_DRAFT: Record<Exclude<PlanState, 'scheduled'>, (name: string) => string> = {
  stopped: (name) => `${name} asked you to stop: no more drafts.`,
  replied: (name) => `${name} replied: no follow-up needed. Resume following up to draft again.`,
  paused: (name) => `Following up with ${name} is paused: resume it to draft again.`,
  'not-contacted': (name) => `Log your first message to ${name} first: the follow-ups count from it.`,
};

/**
 * Appends the next follow-up's draft under `## Follow-ups`. Its heading carries the suggested
 * send day, or today when that day has passed. The same step on the same day is not added twice.
 */
export async function appendDraft(ctx: PluginContext, file: TFile, opts: { open: boolean }): Promise<boolean> {
  const contact = contactOf(ctx, file);
  if (!contact) return false;
  const settings = ctx.settings();
  const today = ctx.today();
  const plan = planFollowUp(contact, settings, today);
  if (plan.state !== 'scheduled') return refuse(NO_DRAFT[plan.state](contact.name));
  if (!plan.slot) return refuse(`No send slot for ${contact.name}: check the note's dates.`);

  const written = draft(contact, plan, settings, await loadUserTemplates(ctx));
  if (!written) return refuse(`No draft wording fits ${contact.name}'s ${plan.kind ?? 'follow-up'}.`);
  const sendOn = plan.slot.date < today ? today : plan.slot.date;
  const block = renderDraftBlock(written, sendOn, weekdayOf(sendOn), plan.slot.part);
  const result = await writeNote(ctx, file, [{ op: 'append-draft', block }]);
  if (result === 'refused') return false;
  new Notice(result === 'changed' ? `Draft added: ${block.heading.replace(/^### /, '')}.` : `That draft is already in "${file.basename}".`);
  if (opts.open) await openAtHeading(ctx, file, block.heading);
  return true;
}

/** Opens the note (or keeps it open) scrolled to the draft's heading line. */
async function openAtHeading(ctx: PluginContext, file: TFile, heading: string): Promise<void> {
  const lines = (await noteTextNow(ctx, file)).split(/\r?\n/);
  const line = lines.findIndex((l) => l.trimEnd() === heading);
  await ctx.app.workspace.getLeaf(false).openFile(file, line === -1 ? {} : { eState: { line } });
}
