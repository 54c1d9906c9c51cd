/**
 * Note text -> contact, or null when the note is not a contact. The frontmatter is exactly what
 * the core's `splitNote` cuts out (the writer's rule, and Obsidian's: it ends at a `---` line,
 * not at a line that merely starts with `---`), parsed by `parseFrontmatterYaml`: dates stay
 * strings (as Obsidian hands them over), and reader and writer agree on values and on what is
 * malformed.
 */
import { splitNote } from '../note-edit/split-note';
import { isContactFrontmatter, readContact, type ReadResult } from '../schema';
import { FOLLOWUP_KEY, UNCLOSED_FRONTMATTER } from './followup-key';
import { parseFrontmatterYaml } from './parse-frontmatter-yaml';

class NotAMap extends Error {}

function parseYamlMap(yaml: string): object {
  const value = parseFrontmatterYaml(yaml);
  if (value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new NotAMap('frontmatter is not a list of `key: value` lines');
  return value;
}

const broken = (path: string, message: string): ReadResult => ({
  ok: false,
  problems: [{ path, key: 'frontmatter', value: null, message }],
});

/** yaml's first line; its line numbers count the opening fence, as the note's do. */
function yamlError(error: unknown): string {
  const first = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  const at = /^(.*?)\s+at line (\d+), column \d+:?$/.exec(first);
  return at ? `${at[1] ?? ''} (line ${at[2] ?? ''} of the note)` : first;
}

export function readContactText(path: string, text: string): ReadResult | null {
  const parts = splitNote(text);
  if (parts.unclosed) {
    return FOLLOWUP_KEY.test(parts.body) ? broken(path, UNCLOSED_FRONTMATTER) : null;
  }
  if (parts.frontmatter === null || !FOLLOWUP_KEY.test(parts.frontmatter)) return null;
  let data: unknown;
  try {
    // CRLF notes: the same YAML as with `\n` (a bare `\r` stays, for yaml to judge). A blank
    // first line stands for the opening fence, so yaml's line numbers are the note's.
    const yaml = parts.frontmatter.replace(/\r\n/g, '\n');
    data = parseYamlMap(`\n${yaml.endsWith('\n') ? yaml.slice(0, -1) : yaml}`);
  } catch (error) {
    if (error instanceof NotAMap) return broken(path, error.message);
    return broken(path, `the frontmatter is not valid YAML: ${yamlError(error)}`);
  }
  return isContactFrontmatter(data) ? readContact(path, data) : null;
}
