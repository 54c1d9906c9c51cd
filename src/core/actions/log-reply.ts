/**
 * Log a reply the user pasted. The core reads it (classifyReply) unless the user chose the kind:
 *   - a stop request: confirm, then `followup: stopped` (final), `replied` and `reply-kind: stop`;
 *   - an out-of-office or other auto-reply: not a reply, the schedule goes on; snoozed to the day
 *     after the return day when it names one, and `auto-reply: <day>` recorded;
 *   - a real reply: `followup: replied`, `replied: <day>`, `reply-kind: reply` (a light check-in
 *     follows when the note has `after-reply`);
 *   - unsure: refused with what was found, so the user chooses and runs it again with `kind`.
 * The text always goes under `## Follow-ups` as a quoted block with its date.
 */
import { addDaysTo } from '../calendar';
import { setState, snoozeUntil, type NoteEdit } from '../note-edit';
import { classifyReply, type ReplyKind, type ReplyReading } from '../replies';
import { renderReplyBlock } from '../replies/reply-block';
import { formatDay, nextLine, refusals } from '../words';
import { contactIn, isRefuse, planAfter, refuse, writeEdits } from './decide';
import { readNoteText } from './read-note';
import { stop } from './stop';
import type { Action, ActionEnv, Decision } from './types';

export type ChosenReplyKind = Exclude<ReplyKind, 'unsure'>;

export interface LogReplyRequest {
  /** The reply as pasted (quoted mail and signature may stay: only their own words are read). */
  text: string;
  /** The user's choice when the reading is unsure, or to override it. */
  kind?: ChosenReplyKind;
  /** Set by the confirmation of a stop. */
  confirmed?: boolean;
}

/** The properties "Log reply" writes, for queries: `replied: 2026-11-20`, `reply-kind: reply`. */
export const REPLY_PROPERTIES = { replied: 'replied', kind: 'reply-kind', autoReply: 'auto-reply' } as const;

const CHOOSE = 'Choose what it is (stop request, out of office or reply) and log it again.';

export const logReply: Action<LogReplyRequest> = (text, request, env) => {
  if (request.text.trim() === '') return refuse('The reply is empty: paste the text they sent.');
  const reading = classifyReply(request.text, { today: env.now.day });
  const kind = request.kind ?? reading.kind;
  if (kind === 'unsure') return refuse(`Not sure what this reply is: ${reading.why}. ${CHOOSE}`);
  const chosen = request.kind !== undefined && request.kind !== reading.kind;
  const said = chosen ? `you chose ${describeKind(kind)}; it read as ${describeKind(reading.kind)}: ${reading.why}` : reading.why;

  const found = contactIn(text, env.path);
  if (isRefuse(found)) return kind === 'stop' ? stopBrokenNote(text, request, env, said, found.message) : found;
  const { contact } = found;
  if (contact.state === 'stopped') return refuse(refusals.stoppedIsFinal(contact.name));
  const day = env.now.day;
  const block = { op: 'append-draft', block: renderReplyBlock(request.text, kind, day, env.now.time) } as const;

  if (kind === 'stop') {
    if (request.confirmed !== true) {
      return {
        type: 'confirm',
        title: 'Stop following up?',
        message: `${capitalize(said)}. Mark ${contact.name} as stopped? That is final: no more follow-ups.`,
        confirmText: 'Stop following up',
        confirmed: { ...request, kind: 'stop', confirmed: true },
      };
    }
    const edits: NoteEdit[] = [setState('stopped'), setDay(REPLY_PROPERTIES.replied, day), setWord(REPLY_PROPERTIES.kind, 'stop'), block];
    return writeEdits(text, env.path, edits, () => `Marked ${contact.name} as stopped, as they asked. Their reply is under "## Follow-ups". Found: ${said}.`, `${contact.name}'s reply is already logged; nothing changed.`);
  }

  if (kind === 'out-of-office') {
    const back = reading.kind === 'out-of-office' ? reading.returnDay : undefined;
    const wake = back === undefined ? null : addDaysTo(back, 1);
    const snoozeTo = wake !== null && wake > day && (contact.snooze === null || contact.snooze < wake) ? wake : null;
    const edits: NoteEdit[] = [setDay(REPLY_PROPERTIES.autoReply, day), block];
    if (snoozeTo !== null) edits.push(snoozeUntil(snoozeTo));
    const how = snoozeTo !== null ? ` Snoozed until ${formatDay(snoozeTo, day)}, the day after they are back.` : back === undefined ? ' No return day given, so nothing is snoozed.' : '';
    return writeEdits(
      text,
      env.path,
      edits,
      (after) => `Auto-reply from ${contact.name} logged: not a reply, so the follow-ups go on.${how}${tail(after, env)} Found: ${said}.`,
      `That auto-reply is already logged; nothing changed.`,
    );
  }

  const edits: NoteEdit[] = [setState('replied'), setDay(REPLY_PROPERTIES.replied, day), setWord(REPLY_PROPERTIES.kind, 'reply'), block];
  return writeEdits(
    text,
    env.path,
    edits,
    (after) => `Marked ${contact.name} as replied on ${formatDay(day, day)}: nothing more is due while you talk.${tail(after, env)} Found: ${said}.`,
    `${contact.name}'s reply is already logged; nothing changed.`,
  );
};

/** A note whose other properties are broken can still be stopped: `stop` changes only `followup`. */
function stopBrokenNote(text: string, request: LogReplyRequest, env: ActionEnv, said: string, problem: string): Decision<LogReplyRequest> {
  const read = readNoteText(text, env.path);
  if (read.kind !== 'problems') return refuse(problem);
  if (request.confirmed !== true) {
    return {
      type: 'confirm',
      title: 'Stop following up?',
      message: `${capitalize(said)}. Mark ${read.name} as stopped? That is final. The note has other problems, so only \`followup\` is changed and the reply is not added.`,
      confirmText: 'Stop following up',
      confirmed: { ...request, kind: 'stop', confirmed: true },
    };
  }
  const decision = stop(text, {}, env);
  if (decision.type !== 'write') return decision.type === 'refuse' ? decision : refuse(decision.message);
  return { ...decision, message: `${decision.message} The note has other problems, so the reply itself was not added:\n${problem}` };
}

function tail(after: string, env: ActionEnv): string {
  const plan = planAfter(after, env.path, env.settings, env.now.day);
  return plan === null ? '' : nextLine(plan, env.settings.askAfter, env.now.day);
}

const setDay = (key: string, day: string): NoteEdit => ({ op: 'set', key, value: day });
const setWord = (key: string, word: string): NoteEdit => ({ op: 'set', key, value: word });
const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function describeKind(kind: ReplyKind): string {
  return { stop: 'a stop request', 'out-of-office': 'an out-of-office reply', reply: 'a real reply', unsure: 'unclear' }[kind];
}

export type { ReplyReading };
