/**
 * The markdown-it plugin behind `markdown.markdownItPlugins`: a ```` ```followups ```` fence
 * renders as the agenda, dated by the note's name when it is a daily note (`2026-11-25.md`), as
 * in Obsidian; other fences render as before.
 */
import type { Agenda } from '../../core/agenda';
import type { Day } from '../../core/types';
import { parseBlockOptions } from '../../core/agenda-block/block-options';
import { selectItems } from '../../core/agenda-block/select-items';
import { agendaHtml, errorsHtml, loadingHtml, type Escape } from './agenda-html';

export const BLOCK_LANGUAGE = 'followups';

/** The parts of markdown-it this plugin touches. */
interface FenceToken {
  info: string;
  content: string;
}
type FenceRule = (tokens: FenceToken[], idx: number, options: unknown, env: unknown, self: unknown) => string;
export interface MarkdownItLike {
  renderer: { rules: { fence?: FenceRule } };
  utils: { escapeHtml: Escape };
}

/** The agenda of the previewed note's workspace folder (`docPath`: the note's URI path). */
export interface AgendaSource {
  /** Null until the first scan is done. */
  agenda(day: Day, docPath: string): Agenda | null;
  realToday(): Day;
  askAfter(docPath: string): number;
}

/** `2026-11-25.md` (the daily-notes default name) -> its day; anything else -> null. */
export function dailyNoteDay(path: string): Day | null {
  const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, '');
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(name);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? name : null;
}

/** VS Code passes the previewed document's URI as `env.currentDocument`. */
function documentPath(env: unknown): string {
  const doc = env !== null && typeof env === 'object' ? (env as { currentDocument?: { path?: unknown } }).currentDocument : undefined;
  return typeof doc?.path === 'string' ? doc.path : '';
}

export function renderBlock(source: string, notePath: string, from: AgendaSource, esc: Escape): string {
  const parsed = parseBlockOptions(source);
  if (!parsed.ok) return errorsHtml(parsed.errors, esc);
  const realToday = from.realToday();
  const day = parsed.options.date ?? dailyNoteDay(notePath) ?? realToday;
  const agenda = from.agenda(day, notePath);
  if (agenda === null) return loadingHtml(esc);
  const problemCount = new Set(agenda.problems.map((p) => p.path)).size;
  const view = { day, realToday, options: parsed.options, items: selectItems(agenda, parsed.options), askAfter: from.askAfter(notePath), problemCount };
  return agendaHtml(view, esc);
}

export function agendaFencePlugin(md: MarkdownItLike, from: AgendaSource): MarkdownItLike {
  const fallback = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    if (token && token.info.trim().split(/\s+/)[0] === BLOCK_LANGUAGE) {
      return renderBlock(token.content, documentPath(env), from, md.utils.escapeHtml);
    }
    return fallback ? fallback(tokens, idx, options, env, self) : '';
  };
  return md;
}
