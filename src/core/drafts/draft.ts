/**
 * `draft(contact, plan, settings)`: the polite draft for the follow-up a plan says is due.
 * Pure and deterministic: the same contact, plan and settings always give the same text.
 * Every value woven in is one line of plain text, and every date word is the send day's
 * (`plan.slot.date`, which the rules engine sets to the day the draft goes out).
 */
import type { Settings } from '../settings';
import type { Contact, Language, Plan } from '../types';
import type { Draft } from './draft-block';
import { chooseHook } from './hooks';
import type { LanguagePack } from './language-pack';
import { LANGUAGE_EN } from './language-en';
import { LANGUAGE_SV } from './language-sv';
import { firstNameOf, fullName } from './names';
import { plainLine } from './plain-text';
import { fillPlaceholders, renderBody, renderSubject } from './render-template';
import { sendDayOf } from './send-date-words';
import { draftContextOf, type PlaceholderValues, type TemplateVariant, type UserTemplates } from './template-types';
import { builtInVariants } from './templates';
import { topicPhrase } from './topic';
import { rotate } from './variation';

const PACKS: Record<Language, LanguagePack> = { en: LANGUAGE_EN, sv: LANGUAGE_SV };

/** A draft and how it was chosen, for tests and for explaining a draft. */
export interface DraftDetails {
  draft: Draft;
  /** Index of the variant used within `variantCount`. */
  variant: number;
  variantCount: number;
  source: 'built-in' | 'user';
}

/** The user's variants for this contact: its own context word first, then its drafting context; a language-specific note first. */
function userVariants(templates: UserTemplates, contact: Contact, language: Language, kind: Plan['kind']): readonly TemplateVariant[] | null {
  const own = contact.context.trim().toLowerCase();
  const contexts = [own, draftContextOf(own)];
  for (const context of contexts) {
    for (const lang of [language, null]) {
      const found = templates.find((t) => t.context === context && t.kind === kind && t.language === lang && t.variants.length > 0);
      if (found) return found.variants;
    }
  }
  return null;
}

/** True when the note's name is its file name (no `name` property): a slug rather than a person. */
function nameIsFileName(contact: Contact): boolean {
  const base = contact.path.split('/').pop() ?? '';
  return base.replace(/\.md$/i, '') === contact.name;
}

export function buildDraft(contact: Contact, plan: Plan, settings: Settings, userTemplates: UserTemplates = []): DraftDetails | null {
  const kind = plan.kind;
  // Only a scheduled plan has a draft; a stopped contact never gets one, whatever the plan says.
  if (kind === null || plan.state !== 'scheduled' || contact.state !== 'active') return null;
  const language = contact.language ?? settings.language;
  const pack = PACKS[language];
  const context = draftContextOf(contact.context);
  const step = plan.step ?? 1;

  const own = userVariants(userTemplates, contact, language, kind);
  const variants = own ?? builtInVariants(language, context, kind);
  const variant = rotate(contact.path, step, variants.length);
  const template = variants[variant];
  if (!template) return null;

  const sendOn = sendDayOf(plan.slot?.date ?? plan.due);
  const myName = plainLine(settings.myName);
  const base: Omit<PlaceholderValues, 'hook'> = {
    name: fullName(contact.name),
    firstName: firstNameOf(contact.name, nameIsFileName(contact)),
    topic: topicPhrase(contact.topic, language),
    myName,
    daysSince: String(plan.daysSinceLast ?? ''),
    weekday: sendOn === null ? pack.someDay : (pack.weekdays[sendOn.weekday] ?? pack.someDay),
    later: pack.later(sendOn),
    weekWish: pack.weekWish(sendOn),
  };
  // A bare {{topic}} with no topic in the note says "my application" / "my last email".
  const defaults: Partial<PlaceholderValues> = { topic: pack.topicFallback[context] };
  const hook = chooseHook(contact, step, pack, (text) => fillPlaceholders(text, { ...base, hook: '' }, defaults));
  const values: PlaceholderValues = { ...base, hook: hook.line };

  const reminders = myName ? pack.reintroduce.withName : pack.reintroduce.withoutName;
  const reminder = plan.reintroduce && plan.daysSinceLast !== null ? reminders[rotate(contact.path, step, reminders.length)] : undefined;
  const reintroduce =
    reminder === undefined ? null : fillPlaceholders(reminder.split('{{ago}}').join(pack.ago(plan.daysSinceLast ?? 0)), values).trim();

  const draft: Draft = {
    subject: renderSubject(values.topic === '' && template.subjectWithoutTopic ? template.subjectWithoutTopic : template.subject, values, defaults),
    body: renderBody(template.body, values, reintroduce, defaults),
    kind,
    step,
    language,
    hook: hook.hook,
  };
  return { draft, variant, variantCount: variants.length, source: own ? 'user' : 'built-in' };
}

export function draft(contact: Contact, plan: Plan, settings: Settings, userTemplates?: UserTemplates): Draft | null {
  return buildDraft(contact, plan, settings, userTemplates)?.draft ?? null;
}
