/** `followups draft <note> [--today YYYY-MM-DD] [--append] [--json]`: the polite draft that is due. */
import { appendDraft, draftFor, dueDraft, type DueDraft } from '../../core/actions';
import type { UserTemplates } from '../../core/drafts';
import { formatDay, stepLabel } from '../../core/words';
import { refusal, usageError } from '../cli-error';
import { clockNow } from '../clock';
import { booleanFlag, stringFlag, type CommandSpec } from '../command-spec';
import { terminalWidth, wrapText } from '../output/fit-width';
import { seeHelp } from '../parse-command-args';
import { todayFrom } from '../today-flag';
import { loadUserTemplates } from '../vault/load-user-templates';
import { carryOut, locateNote, readContactNote } from '../write/contact-note';
import { dryRunText } from '../write/each-note';

export const draftCommand: CommandSpec = {
  name: 'draft',
  usage: 'followups draft <note> [--today YYYY-MM-DD] [--append [--dry-run]] [--json]',
  details: `Arguments:
  <note>                the contact's note

Options:
  --today YYYY-MM-DD    plan as of this day instead of today
  --append              also add the draft to the note under "## Follow-ups"
                        (the same step on the same day is not added twice)
  --dry-run             with --append: show the draft and what would be added; write nothing
  --json                print { subject, body, kind, step, language }

Stopped, replied, paused and not-yet-contacted notes have no draft. Drafts are signed with
\`myName\` from .followups.json in the vault; until it is set, draft says how to set it.
Exit status: 0 drafted, 1 no draft for this contact or the note has problems, 2 bad usage.`,
  options: { today: { type: 'string' }, append: { type: 'boolean' }, json: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  run(args) {
    const today = todayFrom(stringFlag(args, 'today'), (m) => usageError(m, seeHelp(draftCommand)));
    const now = { ...clockNow(), day: today };
    const target = locateNote(args.positionals[0] ?? '');
    // The templates are chosen by the contact and its next step, read before the lock; the
    // draft itself is decided again, under the lock, on the text that is written.
    const first = draftFor(readContactNote(target, booleanFlag(args, 'append')).contact, { settings: target.settings, now });
    if ('type' in first) throw refusal(first.message);
    const { templates, notices } = loadUserTemplates(target.root, target.settings.templatesFolder, first.contact.context, first.draft.kind);
    for (const n of notices) process.stderr.write(`followups: ${n}\n`);
    const userTemplates: UserTemplates = templates;

    let due: DueDraft;
    let said: string | null = null;
    if (booleanFlag(args, 'append')) {
      const dryRun = booleanFlag(args, 'dry-run');
      const carried = carryOut(target, appendDraft, {}, { now, userTemplates }, { dryRun });
      const { write, before } = carried;
      const again = dueDraft(before, { path: target.path, settings: target.settings, now, userTemplates });
      if ('type' in again) throw refusal(again.message);
      due = again;
      said = dryRun ? dryRunText(carried) : write.message;
    } else {
      if (booleanFlag(args, 'dry-run')) throw usageError('draft: --dry-run goes with --append (without it, draft writes nothing)', seeHelp(draftCommand));
      const again = draftFor(first.contact, { settings: target.settings, now, userTemplates });
      if ('type' in again) throw refusal(again.message);
      due = again;
    }
    const json = booleanFlag(args, 'json');
    if (json) {
      const { subject, body, kind, step, language } = due.draft;
      process.stdout.write(`${JSON.stringify({ subject, body, kind, step, language }, null, 2)}\n`);
    } else process.stdout.write(wrapText(draftText(due, target.settings.askAfter, today), terminalWidth(process.stdout, process.env)));
    // With --json, stdout stays one JSON object.
    if (said !== null) (json ? process.stderr : process.stdout).write(`${said}\n`);
    if (target.settings.myName.trim() === '') process.stderr.write(`${UNSIGNED_HINT}\n`);
    return 0;
  },
};

/** Said on every draft until \`myName\` is set: drafts without it end unsigned. */
const UNSIGNED_HINT = 'followups: drafts are unsigned until you set your name: add {"myName": "Your Name"} to .followups.json in the vault.';

function draftText({ contact, plan, draft, sendOn }: DueDraft, askAfter: number, today: string): string {
  const step = stepLabel(plan, askAfter) ?? draft.kind;
  const due = plan.due !== null && plan.due !== sendOn ? ` (due ${formatDay(plan.due, today)})` : '';
  const head = `${step[0]?.toUpperCase() ?? ''}${step.slice(1)} to ${contact.name}: send ${formatDay(sendOn, today)}, ${plan.slot?.part ?? ''}${due}`;
  const to = contact.email === null ? '' : `To: ${contact.email}\n`;
  return `${head}\n${to}Subject: ${draft.subject}\n\n${draft.body.trim()}\n`;
}
