/**
 * On mobile there is no status bar: the ribbon button (in the side menu there) carries the due
 * count instead, as a badge and in its label. Hidden at zero, like the status bar.
 */
import type { Component } from 'obsidian';
import type { PluginContext } from './context';
import { dueCount, dueCountText } from '../core/due-count';

const DAY_CHECK_MS = 60_000;

type Host = Pick<Component, 'registerEvent' | 'registerInterval'>;

/** Adds the badge to `el` (from addRibbonIcon) and keeps it current. */
export function attachRibbonCount(el: HTMLElement, host: Host, ctx: PluginContext): () => void {
  const badge = el.createSpan({ cls: 'pp-ribbon-badge' });
  const update = (): void => {
    // While the index is built at idle time the count waits for it (its end fires 'changed').
    const count = ctx.index.progress ? 0 : dueCount(ctx.index.agenda(ctx.today()));
    badge.setText(String(count));
    badge.toggleClass('pp-is-hidden', count === 0);
    el.setAttribute('aria-label', count === 0 ? 'Show follow-ups' : `Show follow-ups: ${dueCountText(count)}`);
  };
  host.registerEvent(ctx.index.on('changed', update));
  host.registerInterval(window.setInterval(update, DAY_CHECK_MS));
  update();
  return update;
}
