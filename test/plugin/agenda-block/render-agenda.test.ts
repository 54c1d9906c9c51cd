/** The Obsidian block's DOM, pinned: classes, texts and order (the core's block model feeds it). */
import { describe, expect, it } from 'vitest';
import { renderAgenda, renderErrors } from '../../../src/plugin/agenda-block/render-agenda';
import { VIEWS } from '../../core/agenda-block/block-fixtures';

const link = (parent: HTMLElement, path: string, text: string): HTMLAnchorElement => parent.createEl('a', { cls: 'internal-link', text, attr: { 'data-href': path } });

function drawn(view: (typeof VIEWS)[keyof typeof VIEWS]): string {
  const el = createDiv();
  renderAgenda(el, view, link);
  return el.innerHTML;
}

describe('renderAgenda', () => {
  it('draws the rows of today, with step, due and slot', () => {
    expect(drawn(VIEWS.full)).toMatchInlineSnapshot(`"<div class="pp-agenda"><div class="pp-agenda-title">Follow-ups</div><ul class="pp-agenda-list"><li class="pp-agenda-item"><a class="internal-link" data-href="Jobs/Jane <b>Doe</b>.md">Jane &lt;b&gt;Doe&lt;/b&gt;</a><span class="pp-agenda-meta"> · job · follow-up 2 of 3 · </span><span class="pp-agenda-due pp-is-overdue" aria-label="Thu 19 Nov 2026" title="Thu 19 Nov 2026">6 days overdue</span><span class="pp-agenda-slot"> · Wed midday</span></li><li class="pp-agenda-item"><a class="internal-link" data-href="Net/Old.md">Old</a><span class="pp-agenda-meta"> · networking · ask whether to stop · </span><span class="pp-agenda-due pp-is-overdue" aria-label="Fri 20 Nov 2026" title="Fri 20 Nov 2026">5 days overdue</span><span class="pp-agenda-slot"> · Wed midday</span></li><li class="pp-agenda-item"><a class="internal-link" data-href="Sales/Ali &amp; Co.md">Ali &amp; Co</a><span class="pp-agenda-meta"> · sales · follow-up 1 of 3 · </span><span class="pp-agenda-due pp-is-due" aria-label="Mon 30 Nov 2026" title="Mon 30 Nov 2026">in 5 days</span><span class="pp-agenda-slot"> · Mon midday</span></li><li class="pp-agenda-item"><a class="internal-link" data-href="Net/Sam.md">Sam</a><span class="pp-agenda-meta"> · generic · follow-up 1 of 3 · </span><span class="pp-agenda-due pp-is-due" aria-label="Wed 2 Dec 2026" title="Wed 2 Dec 2026">in 7 days</span><span class="pp-agenda-slot"> · Wed morning</span></li></ul><div class="pp-agenda-problems">1 contact note has a problem; see the follow-ups view.</div></div>"`);
  });

  it('draws another day "as of" it, and the problems line', () => {
    expect(drawn(VIEWS.asOf)).toMatchInlineSnapshot(`"<div class="pp-agenda"><div class="pp-agenda-title">Follow-ups as of Wed 18 Nov 2026</div><ul class="pp-agenda-list"><li class="pp-agenda-item"><a class="internal-link" data-href="Jobs/Jane <b>Doe</b>.md">Jane &lt;b&gt;Doe&lt;/b&gt;</a><span class="pp-agenda-meta"> · job · follow-up 2 of 3 · </span><span class="pp-agenda-due pp-is-due" aria-label="Thu 19 Nov 2026" title="Thu 19 Nov 2026">tomorrow</span><span class="pp-agenda-slot"> · Thu midday</span></li></ul><div class="pp-agenda-problems">2 contact notes have problems; see the follow-ups view.</div></div>"`);
  });

  it('says when nothing is due', () => {
    expect(drawn(VIEWS.empty)).toMatchInlineSnapshot(`"<div class="pp-agenda"><div class="pp-agenda-title">Follow-ups</div><div class="pp-agenda-empty">Nothing due today.</div></div>"`);
  });

  it('lists the block\'s own errors', () => {
    const el = createDiv();
    renderErrors(el, ['range: "3x" should be like 7d, 2w or today', 'unknown key "colour"']);
    expect(el.innerHTML).toMatchInlineSnapshot(`"<div class="pp-agenda pp-agenda-error"><div class="pp-agenda-title">This followups block has a problem</div><ul><li>range: "3x" should be like 7d, 2w or today</li><li>unknown key "colour"</li></ul></div>"`);
  });
});
