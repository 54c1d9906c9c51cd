/** Polite drafts: choose a template, weave in a hook, and render it into the note. */
export { draft, buildDraft, type DraftDetails } from './draft';
export { appendDraftBlock, latestDraftBlock, renderDraftBlock, FOLLOW_UPS_HEADING, type Draft, type DraftBlock, type NoteDraft } from './draft-block';
export { contactDraftProblems, templateNoteProblems } from './draft-input-problems';
export { parseUserTemplate, type ParsedUserTemplate, type TemplateProblem } from './user-templates';
export { parseTemplateNoteName, templateNoteName, type TemplateNoteName } from './template-note-name';
export { BUILT_IN_TEMPLATES } from './templates';
export {
  DRAFT_CONTEXTS,
  PLACEHOLDERS,
  draftContextOf,
  type DraftContext,
  type Placeholder,
  type TemplateVariant,
  type TemplateSet,
  type UserTemplate,
  type UserTemplates,
} from './template-types';
