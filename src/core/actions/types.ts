/**
 * NOTE for adapters: `Write.reveal` (optional, added with the actions) names the line to show
 * after the write, e.g. the heading of an appended draft; adapters may ignore it. Every action
 * reads the note with `readNoteText` (read-note.ts); refusal wording lives in `core/words.ts`.
 *
 * The shape every user action shares. An action is a pure function of the note's text as it is
 * about to be written, the request, settings and the clock passed in:
 *
 *   decideX(text, request, env) -> refuse | confirm | write
 *
 * Adapters (plugin, CLI, VS Code) only carry the decision out, on that same text: inside
 * `vault.process`, the editor, a locked read-modify-rename, or a `WorkspaceEdit`. After a
 * confirmation they call the action again with `decision.confirmed` on the then-current text.
 */
import type { UserTemplates } from '../drafts/template-types';
import type { Settings } from '../settings';
import type { Day } from '../types';

/** The local wall clock, as the adapter read it once for this action. */
export interface Now {
  /** Today, local calendar day. */
  day: Day;
  /** `HH:mm`, local wall time. */
  time: string;
}

/** Everything an action may look at besides the note's text. */
export interface ActionEnv {
  /** Vault-relative path with `/`: names the note in messages, and the contact when no `name`. */
  path: string;
  settings: Settings;
  now: Now;
  /** User draft templates, when the adapter loaded them (append draft only). */
  userTemplates?: UserTemplates;
}

/** Not done, and why, in words for the user (the note is left untouched). */
export interface Refuse {
  type: 'refuse';
  message: string;
}

/** Ask first; when the user agrees, run the same action with `confirmed` on the current text. */
export interface Confirm<R> {
  type: 'confirm';
  title: string;
  message: string;
  /** The button that agrees, e.g. "Log it anyway". */
  confirmText: string;
  confirmed: R;
}

/**
 * Write `text` (the whole note) and then show `message`. `changed: false` means the note already
 * says so: nothing to write, and `message` says that.
 */
export interface Write {
  type: 'write';
  text: string;
  changed: boolean;
  message: string;
  /** A line of the new text to scroll to (exactly as written, e.g. `### Draft — …`), if any. */
  reveal?: string;
}

export type Decision<R> = Refuse | Confirm<R> | Write;

/** An action: (text, request, env) -> decision. */
export type Action<R> = (text: string, request: R, env: ActionEnv) => Decision<R>;
