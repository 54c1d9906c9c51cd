/** docs/examples/drafts-*.md are the real output of the grid; `npm run docs:drafts` rewrites them. */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { examplesMarkdown } from './examples';

describe.each(['en', 'sv'] as const)('docs/examples/drafts-%s.md', (language) => {
  it('is up to date with the drafts', () => {
    const url = new URL(`../../../docs/examples/drafts-${language}.md`, import.meta.url);
    const fresh = examplesMarkdown(language);
    if (process.env.UPDATE_DRAFT_EXAMPLES === '1') writeFileSync(url, fresh);
    let stored = '';
    try {
      stored = readFileSync(url, 'utf8');
    } catch {
      // Missing counts as stale.
    }
    expect(stored === fresh, 'stale: run `npm run docs:drafts`').toBe(true);
  });
});
