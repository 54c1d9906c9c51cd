/** The preview block's HTML, pinned: classes, texts, order and escaping (the core's block model feeds it). */
import { describe, expect, it } from 'vitest';
import { agendaHtml, errorsHtml } from '../../../src/vscode/preview/agenda-html';
import { VIEWS } from '../../core/agenda-block/block-fixtures';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('agendaHtml', () => {
  it('writes the rows of today, with step, due and slot, all note text escaped', () => {
    expect(agendaHtml(VIEWS.full, esc)).toMatchInlineSnapshot(`"<div class="pp-agenda"><div class="pp-agenda-title">Follow-ups</div><ul class="pp-agenda-list"><li class="pp-agenda-item"><a class="pp-agenda-link" href="/Jobs/Jane%20%3Cb%3EDoe%3C/b%3E.md">Jane &lt;b&gt;Doe&lt;/b&gt;</a><span class="pp-agenda-meta"> · job · follow-up 2 of 3 · </span><span class="pp-agenda-due pp-is-overdue" title="Thu 19 Nov 2026">6 days overdue</span><span class="pp-agenda-slot"> · Wed midday</span></li><li class="pp-agenda-item"><a class="pp-agenda-link" href="/Net/Old.md">Old</a><span class="pp-agenda-meta"> · networking · ask whether to stop · </span><span class="pp-agenda-due pp-is-overdue" title="Fri 20 Nov 2026">5 days overdue</span><span class="pp-agenda-slot"> · Wed midday</span></li><li class="pp-agenda-item"><a class="pp-agenda-link" href="/Sales/Ali%20%26%20Co.md">Ali &amp; Co</a><span class="pp-agenda-meta"> · sales · follow-up 1 of 3 · </span><span class="pp-agenda-due pp-is-due" title="Mon 30 Nov 2026">in 5 days</span><span class="pp-agenda-slot"> · Mon midday</span></li><li class="pp-agenda-item"><a class="pp-agenda-link" href="/Net/Sam.md">Sam</a><span class="pp-agenda-meta"> · generic · follow-up 1 of 3 · </span><span class="pp-agenda-due pp-is-due" title="Wed 2 Dec 2026">in 7 days</span><span class="pp-agenda-slot"> · Wed morning</span></li></ul><div class="pp-agenda-problems">1 contact note has a problem; see the Follow-ups view.</div></div>"`);
  });

  it('writes another day "as of" it, and the problems line', () => {
    expect(agendaHtml(VIEWS.asOf, esc)).toMatchInlineSnapshot(`"<div class="pp-agenda"><div class="pp-agenda-title">Follow-ups as of Wed 18 Nov 2026</div><ul class="pp-agenda-list"><li class="pp-agenda-item"><a class="pp-agenda-link" href="/Jobs/Jane%20%3Cb%3EDoe%3C/b%3E.md">Jane &lt;b&gt;Doe&lt;/b&gt;</a><span class="pp-agenda-meta"> · job · follow-up 2 of 3 · </span><span class="pp-agenda-due pp-is-due" title="Thu 19 Nov 2026">tomorrow</span><span class="pp-agenda-slot"> · Thu midday</span></li></ul><div class="pp-agenda-problems">2 contact notes have problems; see the Follow-ups view.</div></div>"`);
  });

  it('says when nothing is due', () => {
    expect(agendaHtml(VIEWS.empty, esc)).toMatchInlineSnapshot(`"<div class="pp-agenda"><div class="pp-agenda-title">Follow-ups</div><div class="pp-agenda-empty">Nothing due today.</div></div>"`);
  });

  it('lists the block\'s own errors, escaped', () => {
    expect(errorsHtml(['range: "3x" should be like 7d, 2w or today', 'unknown key "<colour>"'], esc)).toMatchInlineSnapshot(`"<div class="pp-agenda pp-agenda-error"><div class="pp-agenda-title">This followups block has a problem</div><ul><li>range: &quot;3x&quot; should be like 7d, 2w or today</li><li>unknown key &quot;&lt;colour&gt;&quot;</li></ul></div>"`);
  });
});
