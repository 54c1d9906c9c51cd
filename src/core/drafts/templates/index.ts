/** The built-in templates: 4 contexts × 3 kinds × 2 languages, three variants each. */
import type { Kind, Language } from '../../types';
import type { DraftContext, TemplateSet, TemplateVariant } from '../template-types';
import { EN_GENERIC } from './en-generic';
import { EN_JOB } from './en-job';
import { EN_NETWORKING } from './en-networking';
import { EN_SALES } from './en-sales';
import { SV_GENERIC } from './sv-generic';
import { SV_JOB } from './sv-job';
import { SV_NETWORKING } from './sv-networking';
import { SV_SALES } from './sv-sales';

export const BUILT_IN_TEMPLATES: Readonly<Record<Language, Record<DraftContext, TemplateSet>>> = {
  en: { job: EN_JOB, sales: EN_SALES, networking: EN_NETWORKING, generic: EN_GENERIC },
  sv: { job: SV_JOB, sales: SV_SALES, networking: SV_NETWORKING, generic: SV_GENERIC },
};

export function builtInVariants(language: Language, context: DraftContext, kind: Kind): readonly TemplateVariant[] {
  return BUILT_IN_TEMPLATES[language][context][kind];
}
