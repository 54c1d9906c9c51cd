/**
 * Personal hooks (rule 4, the pizza example). Ready-made `hooks` sentences come first, then a
 * line built from each of the contact's `interests`. The step walks through them so that two
 * consecutive drafts use different hooks when there are two or more. With none, the draft gets
 * a visible ✏️ prompt instead: a made-up personal line would be worse than none.
 */
import type { Contact } from '../types';
import type { LanguagePack } from './language-pack';
import type { DraftContext } from './template-types';
import { rotate } from './variation';

export interface HookChoice {
  /** The personal line woven in, or null when the draft carries the ✏️ prompt. */
  hook: string | null;
  /** What `{{hook}}` renders to. */
  line: string;
}

const tidy = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Every distinct hook line for this contact, in a stable order. */
export function hookPool(contact: Contact, context: DraftContext, pack: LanguagePack): string[] {
  const lines = pack.interestLines[context];
  const pool: string[] = [];
  const seen = new Set<string>();
  const add = (line: string): void => {
    const key = line.toLowerCase();
    if (line === '' || seen.has(key)) return;
    seen.add(key);
    pool.push(line);
  };
  for (const hook of contact.hooks) add(tidy(hook));
  const interests = contact.interests.map(tidy).filter((i) => i !== '');
  interests.forEach((interest, i) => {
    // One line per interest, always the same one, so different interests give different lines.
    const line = lines[rotate(`${contact.path}#interest`, i, lines.length)] ?? '';
    add(line.split('{{interest}}').join(interest));
  });
  return pool;
}

export function chooseHook(contact: Contact, step: number, context: DraftContext, pack: LanguagePack): HookChoice {
  const pool = hookPool(contact, context, pack);
  if (pool.length === 0) return { hook: null, line: pack.hookPrompt };
  const hook = pool[rotate(`${contact.path}#hook`, step, pool.length)] ?? pool[0] ?? '';
  return { hook, line: hook };
}
