/**
 * The name in a greeting. A title is not a first name ("Dr. Jane Smith" -> "Jane"), a file-name
 * slug is not a name at all ("acme-corp" -> no name, so the greeting goes without one), and
 * "Smith, Jane" greets Jane.
 */
import { plainLine } from './plain-text';

const TITLES = new Set([
  'dr', 'doctor', 'prof', 'professor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'lord', 'lady', 'rev', 'fr',
  'herr', 'hr', 'fru', 'fröken', 'frk', 'doktor', 'docent', 'doc', 'dir', 'ing', 'civ.ing', 'tekn',
]);

/** After a comma these are degrees, not a first name: "Jane Doe, PhD". */
const SUFFIXES = new Set(['phd', 'md', 'mba', 'msc', 'bsc', 'ba', 'ma', 'jr', 'sr', 'ii', 'iii', 'esq', 'fil.dr', 'fil.kand', 'tekn.dr']);

const isTitle = (word: string): boolean => TITLES.has(word.toLowerCase().replace(/\.$/, ''));

/** `acme-corp`, `jane_doe`, `lead42`: what a file name looks like, not what a person is called. */
function looksLikeSlug(word: string): boolean {
  return /[_\d@/\\]/.test(word) || /^[\p{Ll}]+(?:[-.][\p{Ll}]+)+$/u.test(word) || /^\p{L}\.?$/u.test(word);
}

/** The note's name, single-line and plain; empty when it is a slug or only a title. */
export function fullName(name: string): string {
  const clean = plainLine(name).replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  const words = clean.split(' ').filter((w) => w !== '');
  const rest = words.filter((w) => !isTitle(w));
  if (rest.length === 0 || (words.length === 1 && looksLikeSlug(clean))) return '';
  return clean;
}

/** The first name to greet, or '' when there is none worth using. */
export function firstNameOf(name: string, fromFileName: boolean): string {
  let clean = fullName(name);
  if (clean === '') return '';
  const [before = '', after = '', ...more] = clean.split(',').map((p) => p.trim());
  const suffix = SUFFIXES.has(after.toLowerCase().replace(/\.$/, ''));
  // "Smith, Jane" greets Jane; "Jane Doe, PhD" greets Jane too.
  if (more.length === 0 && after !== '') clean = suffix || before.includes(' ') ? before : after;
  const first = clean.split(' ').find((w) => !isTitle(w)) ?? '';
  if (looksLikeSlug(first)) return '';
  // A lower-case file name ("jane") is more likely a slug than how the person signs.
  if (fromFileName && first === first.toLowerCase() && !clean.includes(' ')) return '';
  return first.replace(/[,;:]+$/, '');
}
