/**
 * Frontmatter YAML -> value, exactly as `yaml.parse(text, { uniqueKeys: true })` (the writer's
 * parser) gives it. The flat frontmatter of a contact note is read by the fast reader; anything
 * it does not cover goes to `yaml`, whose verdict, error messages and alias limit stand.
 */
import { parse } from 'yaml';
import { parseFlatFrontmatter } from './parse-flat-frontmatter';

/** Throws `yaml`'s error when the text is not valid YAML. Empty or comment-only: null. */
export function parseFrontmatterYaml(text: string): unknown {
  const flat = parseFlatFrontmatter(text);
  return flat !== undefined ? flat : (parse(text, { uniqueKeys: true }) as unknown);
}
