/**
 * Personal hooks (rule 4, the pizza example: something new to offer each time). The sources are
 * the contact's ready-made `hooks`, then each of its `interests`; the step walks through them,
 * and an interest is put into a line whose phrasing also turns with the step, so even a single
 * interest reads differently in consecutive drafts. Interest lines take any noun phrase ("the
 * Premier League", "att laga mat", "AIK") and mostly offer something rather than ask.
 * With no source, the draft gets a visible ✏️ prompt: a made-up personal line would be worse.
 */
import type { Contact, Problem } from '../types';
import type { LanguagePack } from './language-pack';
import { plainLine } from './plain-text';
import { tidyLine, unknownPlaceholders } from './render-template';
import { didYouMean } from './user-templates';
import { rotate } from './variation';

export interface HookChoice {
  /** The personal line woven in, or null when the draft carries the ✏️ prompt. */
  hook: string | null;
  /** What `{{hook}}` renders to. */
  line: string;
}

type Source = { kind: 'hook'; text: string } | { kind: 'interest'; text: string };

/** A hook may use the draft's placeholders (`{{firstName}}`), but not `{{hook}}` itself. */
const usableHook = (text: string): boolean => unknownPlaceholders(text).length === 0 && !/\{\{\s*hook\s*(?:\|[^{}]*)?\}\}/.test(text);

/** Every distinct source for this contact, in a stable order: hooks first, then interests. */
function sources(contact: Contact): Source[] {
  const out: Source[] = [];
  const seen = new Set<string>();
  const add = (kind: Source['kind'], raw: string): void => {
    // An interest sits mid-sentence, so its trailing full stop goes.
    const text = kind === 'interest' ? plainLine(raw).replace(/[\s.!?;:,]+$/u, '') : plainLine(raw);
    const key = `${kind}:${text.toLowerCase()}`;
    if (text === '' || seen.has(key)) return;
    seen.add(key);
    out.push({ kind, text });
  };
  for (const hook of contact.hooks) if (usableHook(plainLine(hook))) add('hook', hook);
  for (const interest of contact.interests) add('interest', interest);
  return out;
}

/** `fill` fills the draft's other placeholders into a ready-made hook (`{{firstName}}`, `{{topic}}`). */
export function chooseHook(contact: Contact, step: number, pack: LanguagePack, fill: (text: string) => string): HookChoice {
  const pool = sources(contact);
  const source = pool[rotate(`${contact.path}#hook`, step, Math.max(pool.length, 1))];
  if (!source) return { hook: null, line: pack.hookPrompt };
  let line: string;
  if (source.kind === 'hook') {
    line = tidyLine(plainLine(fill(source.text)));
  } else {
    // The phrasing turns with the step (offset per interest), so one interest still varies.
    const lines = pack.interestLines;
    const template = lines[rotate(`${contact.path}#${source.text}`, step, lines.length)] ?? lines[0] ?? '';
    line = template.split('{{interest}}').join(source.text);
  }
  return { hook: line, line };
}

/** Ready-made hooks that cannot be used as written: an unknown placeholder, or `{{hook}}` inside a hook. */
export function hookProblems(contact: Contact): Problem[] {
  const problems: Problem[] = [];
  contact.hooks.forEach((hook, i) => {
    const text = plainLine(hook);
    for (const name of unknownPlaceholders(text)) {
      problems.push({
        path: contact.path,
        key: 'hooks',
        value: hook,
        message: `hook ${i + 1} uses an unknown placeholder {{${name}}}, so drafts leave it out.${didYouMean(name)}`,
      });
    }
    if (/\{\{\s*hook\s*(?:\|[^{}]*)?\}\}/.test(text)) {
      problems.push({ path: contact.path, key: 'hooks', value: hook, message: `hook ${i + 1} uses {{hook}} inside a hook, so drafts leave it out` });
    }
  });
  return problems;
}
