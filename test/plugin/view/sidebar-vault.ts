/**
 * A generated vault for the sidebar's pinning tests: a few hundred contacts in every state, so
 * that several groups pass one page of rows ("Show more"), plus broken notes; and a reader that
 * writes down everything the sidebar shows, in order, as plain lines.
 */
import { seededRandom } from '../../seeded-random';

const FIRST = ['Ada', 'Bo', 'Cleo', 'Dan', 'Eva', 'Finn', 'Gus', 'Hedda', 'Ines', 'Jon', 'Kai', 'Lea'];
const LAST = ['Berg', 'Ek', 'Holm', 'Lind', 'Nyström', 'Okafor', 'Santos', 'Wu'];
const CONTEXTS = ['job', 'sales', 'networking', 'Sales'];
const STATES = ['active', 'active', 'active', 'active', 'paused', 'replied', 'stopped'];

/** `count` contact notes (some not contacted yet, some snoozed) and `broken` notes with problems. */
export function generatedVault(count: number, broken = 3, seed = 16): Record<string, string> {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const day = (offset: number): string => {
    const d = new Date(Date.UTC(2026, 10, 25 + offset));
    return d.toISOString().slice(0, 10);
  };
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const name = `${pick(FIRST)} ${pick(LAST)}`; // repeated names: the path breaks the tie
    const state = pick(STATES);
    const sent = Math.floor(rnd() * 4);
    const start = -Math.floor(rnd() * 60);
    const contacted = Array.from({ length: sent }, (_, k) => `${day(start + k * 7)} ${String(9 + k).padStart(2, '0')}:30`);
    const lines = ['---', `followup: ${state}`, `name: ${name}`, `context: ${pick(CONTEXTS)}`];
    if (contacted.length > 0) lines.push(`contacted: [${contacted.join(', ')}]`);
    if (rnd() < 0.1) lines.push(`snooze: ${day(Math.floor(rnd() * 20))}`);
    if (rnd() < 0.2) lines.push(`interests: [${pick(['sailing', 'chess', 'jazz'])}]`);
    lines.push('---', `Notes on ${name}.`, '');
    files[`People/${String(i).padStart(4, '0')} ${name}.md`] = lines.join('\n');
  }
  for (let i = 0; i < broken; i++) {
    files[`People/Broken ${i}.md`] = `---\nfollowup: active\ncontacted: [2026-11-3${i + 2}]\n---\n`;
  }
  files['Notes/Plain.md'] = '# Not a contact\n';
  return files;
}

/** Every group, row, text, label and button the sidebar shows, one line each, in DOM order. */
export function describeSidebar(root: HTMLElement): string[] {
  const out: string[] = [];
  const text = (el: Element | null): string => el?.textContent ?? '';
  for (const el of Array.from(root.querySelectorAll('.pp-due-summary, .pp-empty, .pp-group, .pp-indexing'))) {
    if (!el.classList.contains('pp-group')) {
      out.push(`[${el.className}] ${text(el)}`);
      continue;
    }
    const header = el.querySelector('.pp-group-header');
    out.push(`# ${el.className} | ${text(header?.querySelector('.pp-group-title') ?? null)} (${text(header?.querySelector('.pp-group-count') ?? null)}) expanded=${header?.getAttribute('aria-expanded') ?? ''}`);
    for (const child of Array.from(el.querySelector('.pp-group-body')?.children ?? [])) {
      if (child.classList.contains('pp-show-more')) {
        out.push(`  [${text(child)}]`);
        continue;
      }
      const name = child.querySelector('.pp-row-name');
      const parts = [`  ${child.className}`, `${text(name)} <${name?.getAttribute('aria-label') ?? ''}>`];
      for (const part of Array.from(child.querySelectorAll('.pp-row-context, .pp-row-meta > *, .pp-problem-message'))) {
        const attrs = ['aria-label', 'title', 'aria-expanded'].map((a) => part.getAttribute(a)).filter((v) => v !== null);
        parts.push(`${part.className}=${text(part)}${attrs.length > 0 ? ` {${attrs.join('|')}}` : ''}`);
      }
      const why = child.querySelector('.pp-row-why');
      if (why) parts.push(`why(${why.classList.contains('pp-is-hidden') ? 'hidden' : 'shown'})=${text(why)}`);
      const buttons = Array.from(child.querySelectorAll('.pp-row-actions > *')).map((b) => `${b.tagName}:${b.getAttribute('aria-label') ?? ''}`);
      if (buttons.length > 0) parts.push(`buttons=${buttons.join(',')}`);
      out.push(parts.join(' | '));
    }
  }
  return out;
}
