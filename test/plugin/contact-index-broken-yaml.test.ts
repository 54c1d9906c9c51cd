/**
 * Issue 12.4: a contact whose YAML is invalid gets no frontmatter from Obsidian's metadata cache;
 * it must not vanish from the sidebar but show as a problem on `frontmatter`, read from its text.
 */
import type { App, CachedMetadata } from 'obsidian';
import { MetadataCache } from 'obsidian-test-mocks/obsidian';
import { describe, expect, it } from 'vitest';
import { makeApp, writeNote } from './support/mock-app';
import { createTestContext } from './support/test-context';
import { settle } from './support/settle';

const BROKEN = '---\nfollowup: active\nname: Jane: Doe\n---\nBody.\n';
const FINE = '---\nfollowup: active\ncontacted: [2026-11-18]\n---\n';

/** What Obsidian hands over for invalid YAML: the block is seen, its values are not. */
function asObsidianDoes(app: App, path: string): void {
  const cache = MetadataCache.fromOriginalType2__(app.metadataCache);
  const position = { start: { line: 0, col: 0, offset: 0 }, end: { line: 3, col: 3, offset: 40 } };
  const entry: CachedMetadata = { sections: [{ type: 'yaml', position }], frontmatterPosition: position };
  cache.cache__.set(path, entry);
}

describe('a contact with invalid YAML', () => {
  it('is a Problems entry on `frontmatter`, with the YAML error; other notes are unaffected', async () => {
    const app = makeApp({ 'Fine.md': FINE, 'Broken.md': FINE, 'Plain.md': '# Notes\n\nfollowup: not frontmatter\n' });
    await writeNote(app, 'Broken.md', BROKEN).catch(() => undefined);
    asObsidianDoes(app, 'Broken.md');
    const { ctx } = createTestContext({ app, today: '2026-11-25' });
    await settle();
    const agenda = ctx.index.agenda('2026-11-25');
    expect(agenda.items.map((i) => i.contact.path)).toEqual(['Fine.md']);
    expect(agenda.problems.map((p) => [p.path, p.key])).toEqual([['Broken.md', 'frontmatter']]);
    expect(agenda.problems[0]?.message).toMatch(/^the frontmatter is not valid YAML: .+\(line 3 of the note\)$/);
  });
});

describe('brokenFrontmatter', () => {
  it('reads only follow-up frontmatter, and names alias bombs and unclosed blocks', async () => {
    const { brokenFrontmatter } = await import('../../src/plugin/broken-frontmatter');
    expect(brokenFrontmatter('a.md', '---\ntitle: x: y\n---\n')).toBeNull();
    expect(brokenFrontmatter('a.md', '# no frontmatter\nfollowup: x: y\n')).toBeNull();
    expect(brokenFrontmatter('a.md', FINE)).toBeNull();
    const bomb = `---\nfollowup: active\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n`;
    expect(brokenFrontmatter('a.md', bomb)?.ok).toBe(false);
    const unclosed = brokenFrontmatter('a.md', '---\nfollowup: active\n');
    expect(unclosed?.ok === false && unclosed.problems[0]?.message).toBe('the frontmatter starts with `---` but has no closing `---` line');
  });

  it('a fix shows the contact again', async () => {
    const app = makeApp({ 'Broken.md': FINE });
    await writeNote(app, 'Broken.md', BROKEN).catch(() => undefined); // the mock's parser throws where Obsidian's gives up
    asObsidianDoes(app, 'Broken.md');
    const { ctx } = createTestContext({ app, today: '2026-11-25' });
    await settle();
    expect(ctx.index.agenda('2026-11-25').problems.map((p) => p.key)).toEqual(['frontmatter']);
    await writeNote(app, 'Broken.md', FINE);
    await settle();
    const agenda = ctx.index.agenda('2026-11-25');
    expect([agenda.items.length, agenda.problems.length]).toEqual([1, 0]);
  });
});
