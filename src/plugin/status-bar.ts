/** The status bar's "N follow-ups due" (today and overdue); hidden when nothing is due. */
import type { Component } from 'obsidian';
import { dueCount, dueCountText } from '../core/due-count';
import type { PluginContext } from './context';

const DAY_CHECK_MS = 60_000;

type Host = Pick<Component, 'registerEvent' | 'registerDomEvent' | 'registerInterval'>;

/** Fills `el` (from addStatusBarItem) and keeps it current; a click or Enter opens the view. */
export function attachStatusBar(el: HTMLElement, host: Host, ctx: PluginContext): () => void {
  el.addClasses(['pp-status', 'mod-clickable']);
  el.setAttrs({ role: 'button', tabindex: '0', 'aria-label': 'Show follow-ups' });
  const update = (): void => {
    // While the index is built at idle time the count waits for it (its end fires 'changed').
    const count = ctx.index.progress ? 0 : dueCount(ctx.index.agenda(ctx.today()));
    el.setText(dueCountText(count));
    el.toggleClass('pp-is-hidden', count === 0);
  };
  host.registerDomEvent(el, 'click', () => void ctx.activateView());
  host.registerDomEvent(el, 'keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    void ctx.activateView();
  });
  host.registerEvent(ctx.index.on('changed', update));
  host.registerInterval(window.setInterval(update, DAY_CHECK_MS));
  update();
  return update;
}
