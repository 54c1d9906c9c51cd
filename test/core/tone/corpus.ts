/** The labelled tone corpora in test/fixtures/tone/ (columns: language, label, category, sentence). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Language } from '../../../src/core/types';

export interface CorpusLine {
  language: Language;
  pushy: boolean;
  category: string;
  sentence: string;
  line: number;
}

export function readCorpus(name: 'corpus' | 'held-out'): CorpusLine[] {
  const text = readFileSync(fileURLToPath(new URL(`../../fixtures/tone/${name}.tsv`, import.meta.url)), 'utf8');
  const lines: CorpusLine[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw === '' || raw.startsWith('#') || raw.startsWith('language\t')) return;
    const [language, label, category, sentence, ...rest] = raw.split('\t');
    if ((language !== 'en' && language !== 'sv') || (label !== 'pushy' && label !== 'polite') || !category || !sentence || rest.length > 0) {
      throw new Error(`${name}.tsv line ${i + 1}: expected language<TAB>pushy|polite<TAB>category<TAB>sentence, got ${JSON.stringify(raw)}`);
    }
    lines.push({ language, pushy: label === 'pushy', category, sentence, line: i + 1 });
  });
  return lines;
}
