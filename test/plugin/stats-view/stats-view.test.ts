// The "Follow-up stats" view over the real index: an SVG chart per breakdown built as DOM (no
// markup strings), rates only from the minimum count, and a redraw when a note changes.
import { App as MockApp, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import { describe, expect, it, vi } from 'vitest';
import { CHANGED_DEBOUNCE_MS } from '../../../src/plugin/contact-index';
import { StatsView } from '../../../src/plugin/stats-view/stats-view';
import { generateHistory } from '../../core/stats/history-generator';
import { useFakeTimersPerTest } from '../support/fake-timers';
import { makeApp, writeNote } from '../support/mock-app';
import { createTestContext } from '../support/test-context';

useFakeTimersPerTest();

async function open(files: Record<string, string>) {
  const app = makeApp(files);
  const t = createTestContext({ app, today: '2026-11-25' });
  const leaf = WorkspaceLeaf.create2__(MockApp.fromOriginalType__(app)).asOriginalType3__();
  const view = new StatsView(leaf, t.ctx);
  view.load();
  await view.onOpen();
  return { ...t, view, el: view.contentEl };
}

const rowsOf = (svg: Element): string[][] =>
  Array.from(svg.querySelectorAll('g.pp-stats-row')).map((g) => Array.from(g.querySelectorAll('text')).map((x) => x.textContent ?? ''));

describe('StatsView', () => {
  it('draws one SVG chart per breakdown with labels, counts and rates', async () => {
    const history = generateHistory(80, 3);
    const { el } = await open(Object.fromEntries(history.notes.map((n) => [n.path, n.text])));
    const charts = Array.from(el.querySelectorAll('svg.pp-stats-chart'));
    expect(charts.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Reply rate by attempt', 'By weekday', 'By part of day', 'By context', expect.stringMatching(/^Time to reply \(median \d+(\.5)? days?\)$/),
    ]);
    for (const c of charts) expect(c.namespaceURI).toBe('http://www.w3.org/2000/svg');
    const first = history.truth.filter((m) => m.attempt === '1st message');
    const replies = first.filter((m) => m.answered).length;
    expect(rowsOf(charts[0]!)[0]).toEqual(['1st message', `${replies} of ${first.length} · ${Math.round((replies / first.length) * 100)}%`]);
    expect(el.querySelector('.pp-stats-summary')?.textContent).toBe(`80 contacts, ${history.truth.length} messages, ${history.truth.filter((m) => m.answered).length} replies.`);
  });

  it('marks small samples as few, outlined, without a percentage', async () => {
    const { el } = await open({
      'A.md': '---\nfollowup: replied\ncontext: sales\ncontacted: [2026-11-02 09:00]\nreplied: 2026-11-03\n---\n',
      'B.md': '---\nfollowup: active\ncontext: sales\ncontacted: [2026-11-03 09:00]\n---\n',
    });
    const attempt = el.querySelector('svg.pp-stats-chart');
    expect(rowsOf(attempt!)[0]).toEqual(['1st message', '1 of 2 · few']);
    expect(attempt?.querySelector('g.pp-stats-row')?.classList.contains('pp-stats-faint')).toBe(true);
    expect(el.textContent).not.toContain('%');
    expect(el.querySelector('.pp-stats-ask')?.textContent).toBe('Nobody has been asked yet.');
  });

  it('says so when nothing is logged, and redraws when a note changes', async () => {
    const { el, app } = await open({ 'A.md': '---\nfollowup: active\n---\n' });
    expect(el.querySelector('.pp-stats-empty')?.textContent).toContain('No messages logged yet');
    await writeNote(app, 'A.md', '---\nfollowup: active\ncontacted: [2026-11-02 09:00]\n---\n');
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + 1);
    expect(el.querySelector('.pp-stats-summary')?.textContent).toBe('1 contact, 1 message, 0 replies.');
  });
});
