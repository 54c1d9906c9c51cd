/**
 * A new contact note: the template (the example vault's Templates/Contact.md holds it too), the
 * note the "New contact" command writes from it, and the file name a typed name becomes. The
 * note's name is its file name, so there is no `name` key; the comments say what each key takes.
 */
import { vaultFolder } from './vault-folder';

/**
 * Every follow-up key but `followup`, documented in place; optional ones commented out. Without
 * `followup` the template itself is not a contact (it would be listed as one in every vault that
 * keeps it); "New contact", or "Start following up on this note", adds it.
 */
export const CONTACT_TEMPLATE = `---
context: networking     # job | sales | networking | any other word
topic: ""               # what you are in touch about, e.g. the product designer role
contacted: []           # every message you sent, oldest first ("Log sent" adds them)
interests: []           # things they care about, for a personal touch in drafts
# email: jane@example.com      # for "Open in mail"
# cadence: 1w, 1w, 2w          # the waits between follow-ups; the settings' cadence otherwise
# snooze: 2026-12-01           # not due before this day
# language: en                 # the drafts' language: en | sv
---

## Follow-ups
`;

/** What "New contact" writes: the template, made a contact. */
export function newContactText(): string {
  return CONTACT_TEMPLATE.replace(/^---\n/, '---\nfollowup: active      # active | paused | replied | stopped\n');
}

/** Characters a file name may not hold in Obsidian on some platform, or that break links. */
const FORBIDDEN = /[\\/:*?"<>|#^[\]]/;

/** Why `name` cannot be a contact note's name, or null when it can. */
export function contactNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'Type the contact\'s name.';
  if (FORBIDDEN.test(trimmed)) return 'A note name cannot contain any of \\ / : * ? " < > | # ^ [ ]';
  if (trimmed.startsWith('.')) return 'A note name cannot start with a dot.';
  return null;
}

/** The note's path: `folder/name.md`, or `name.md` when folder is empty. */
export function contactNotePath(folder: string, name: string): string {
  const dir = vaultFolder(folder);
  return `${dir === '' ? '' : `${dir}/`}${name.trim()}.md`;
}
