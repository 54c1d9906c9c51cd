/**
 * Frontmatter YAML -> value, as `yaml.parse(text, { uniqueKeys: true })` gives it, ~15× faster.
 * js-yaml parses first, with the `yaml` package's YAML 1.2 core scalars and no timestamps.
 * Anything js-yaml rejects, and anything that may hold anchors or aliases, goes to `yaml` (the
 * writer's parser): its verdict and its error messages stand, and its alias limit bounds
 * billion-laughs notes (js-yaml shares aliased nodes without any limit).
 */
import { load } from 'js-yaml';
import { parse } from 'yaml';
import { YAML_CORE_SCHEMA } from './yaml-core-schema';

/**
 * Where the two parsers are known to differ, `yaml` alone reads the text: an indicator that starts
 * a scalar (anchor, alias, tag, directive, block scalar, complex key), tabs, bare CRs, BOMs, flow
 * maps, document markers, null keys, trailing spaces, empty flow-list entries and an indicator glued to a quote or `]`
 * (js-yaml accepts `[, x]`, `''#` and tab indentation, `yaml` rejects them). All rare in
 * frontmatter; `R&D`, `hi!` and `key: |` stay on the fast path.
 */
const SLOW_PATH =
  /[\t\r\ufeff{}]|(?:^|[\s[,])[&*!%@`?]|(?:^|[[,]|(?<!:)\s)[|>]|^(?:---|\.\.\.)|\[\s*,|,\s*[,\]]|["'\]][^\w\s,\]:.'-]|\]\s*:| $|(?:^|[\s[,-])(?:~|null|Null|NULL)?\s*:(?:[\s,\]]|$)/m;

/**
 * Quoted scalars where the two parsers' rules differ: one left open at the end of a line (it
 * continues on the next, under different indentation rules: js-yaml reads `a: '` + newline +
 * `'` as a space) and one with text glued after its closing quote (`a: "a"10:30: a`).
 */
const ODD_QUOTE = /(?:^|[:\-[,]\s*)(?:"(?:[^"\\\n]|\\.)*(?:$|"[^\s,\]:])|'(?:[^'\n]|'')*(?:$|'[^\s,\]:']))/m;

/** Throws `yaml`'s error when the text is not valid YAML. Empty or comment-only: null. */
export function parseFrontmatterYaml(text: string): unknown {
  if (!SLOW_PATH.test(text) && !ODD_QUOTE.test(text)) {
    try {
      // js-yaml reads an empty or comment-only block as undefined, `yaml` as null.
      return load(text, { schema: YAML_CORE_SCHEMA }) ?? null;
    } catch {
      // `yaml` decides below, with its own message.
    }
  }
  return parse(text, { uniqueKeys: true }) as unknown;
}
