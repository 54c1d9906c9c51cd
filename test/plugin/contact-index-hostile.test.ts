/**
 * The hostile corpus (test/fixtures/hostile) through the plugin's index, as the metadata cache
 * hands it over. Nothing may throw; a bad value of a contact key is a problem on that key; a
 * file that is not a contact never shows up. (The CLI's side is test/reliability.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestContext } from './support/test-context';

const CORPUS = join(__dirname, '../fixtures/hostile');
const KEYS = new Set(['followup', 'contacted', 'cadence', 'snooze', 'language']);
// Broken YAML and broken files are Obsidian's parser's to handle (it hands over no frontmatter);
// the mock's parser throws on some of them (alias bombs), so they are left to the CLI's tests.
const files: Record<string, string> = {};
for (const name of readdirSync(CORPUS).filter((n) => n.endsWith('.md') && !/^bad\.(frontmatter|file)\./.test(n))) {
  files[name] = readFileSync(join(CORPUS, name), 'utf8');
}

describe('the contact index over hostile notes', () => {
  const { index } = createTestContext({ files, today: '2026-11-25' }).ctx;
  const agenda = index.agenda('2026-11-25');

  it.each(Object.keys(files).filter((n) => KEYS.has(n.split('.')[1] ?? '')))('%s is a problem on its key', (name) => {
    const key = name.split('.')[1];
    const problems = agenda.problems.filter((p) => p.path === name);
    expect(problems.map((p) => p.key)).toContain(key);
    expect(agenda.items.some((i) => i.contact.path === name)).toBe(false);
  });

  it.each(Object.keys(files).filter((n) => n.startsWith('not-contact.')))('%s is not a contact', (name) => {
    expect(index.get(name)).toBeUndefined();
  });

  it('plans every readable contact without throwing', () => {
    const planned = agenda.items.map((i) => i.contact.path);
    for (const name of ['ok.numbers-as-text.md', 'ok.year-0001.md', 'ok.year-9999.md']) expect(planned).toContain(name);
    for (const item of agenda.items) expect(item.plan.why.length).toBeGreaterThan(0);
  });
});
