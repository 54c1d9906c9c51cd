/** ```followups blocks in the Markdown preview: dated by the daily note, escaped, other fences untouched. */
import { describe, expect, it } from 'vitest';
import { buildAgenda } from '../../../src/core/agenda';
import { readNoteText } from '../../../src/core/actions';
import { migrateSettings } from '../../../src/core/settings';
import { agendaFencePlugin, dailyNoteDay, type AgendaSource, type MarkdownItLike } from '../../../src/vscode/preview/agenda-fence';
import { JANE, SAM } from '../notes';

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function md(): MarkdownItLike {
  return { renderer: { rules: { fence: (tokens, idx) => `<pre>${escapeHtml(tokens[idx]!.content)}</pre>` } }, utils: { escapeHtml } };
}

function source(notes: Record<string, string>, realToday = '2026-12-01'): AgendaSource {
  const reads = Object.entries(notes).map(([path, text]) => {
    const r = readNoteText(text, path);
    if (r.kind !== 'contact') throw new Error(`${path} is not a contact`);
    return { ok: true as const, contact: r.contact };
  });
  return { agenda: (day) => buildAgenda(reads, migrateSettings({}), day), realToday: () => realToday, askAfter: () => 3 };
}

const render = (m: MarkdownItLike, info: string, content: string, doc: string): string =>
  m.renderer.rules.fence!([{ info, content }], 0, {}, { currentDocument: { path: doc } }, {});

describe('agenda fence', () => {
  it('renders the agenda as of the daily note\'s day', () => {
    const m = agendaFencePlugin(md(), source({ 'Jobs/Jane Doe.md': JANE, 'Networking/Sam.md': SAM }));
    const html = render(m, 'followups', 'range: 7d\n', '/vault/Daily/2026-11-18.md');
    expect(html).toContain('Follow-ups as of Wed 18 Nov 2026');
    expect(html).toContain('<a class="pp-agenda-link" href="/Jobs/Jane%20Doe.md">Jane Doe</a>');
    expect(html).toContain('follow-up 2 of 3');
    expect(html).not.toContain('Sam');
  });

  it('escapes note text: a name with markup stays text', () => {
    const evil = JANE.replace('name: Jane Doe', 'name: "<img src=x onerror=alert(1)>"');
    const html = render(agendaFencePlugin(md(), source({ 'Jobs/Jane Doe.md': evil })), 'followups', '', '/vault/Daily/2026-11-18.md');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('shows the block\'s own errors, and leaves other fences to markdown-it', () => {
    const m = agendaFencePlugin(md(), source({}));
    expect(render(m, 'followups', 'range: soon\n', '/vault/x.md')).toContain('range &quot;soon&quot; is not like 7d, 2w or today.');
    expect(render(m, 'js', 'let a = 1 < 2;', '/vault/x.md')).toBe('<pre>let a = 1 &lt; 2;</pre>');
  });

  it('says it is still reading before the first scan', () => {
    const m = agendaFencePlugin(md(), { agenda: () => null, realToday: () => '2026-12-01', askAfter: () => 3 });
    expect(render(m, 'followups', '', '/vault/x.md')).toContain('Reading your notes…');
  });

  it('dates only real days in a daily note name', () => {
    expect(dailyNoteDay('/v/Daily/2026-11-25.md')).toBe('2026-11-25');
    expect(dailyNoteDay('/v/Daily/2026-02-30.md')).toBeNull();
    expect(dailyNoteDay('/v/Jobs/Jane Doe.md')).toBeNull();
  });
});
