import { Component } from 'obsidian';
import { describe, expect, it, vi } from 'vitest';
import { CHANGED_DEBOUNCE_MS } from '../../src/plugin/contact-index';
import { dueCountText as dueText } from '../../src/core/due-count';
import { attachStatusBar } from '../../src/plugin/status-bar';
import { fixtureFiles } from './support/fixture-vault';
import { writeNote } from './support/mock-app';
import { createTestContext } from './support/test-context';
import { useFakeTimersPerTest } from './support/fake-timers';

useFakeTimersPerTest();

function mount(files: Record<string, string>, today: string) {
  const t = createTestContext({ files, today });
  // The status bar's own host, apart from the index's: unloading it must stop only the status bar.
  const host = new Component();
  host.load();
  const el = createDiv();
  attachStatusBar(el, host, t.ctx);
  return { ...t, host, el };
}

describe('status bar', () => {
  it('counts follow-ups due today and overdue', () => {
    const { el } = mount(fixtureFiles(), '2026-11-25');
    expect(el.textContent).toBe('3 follow-ups due');
    expect(el.classList.contains('pp-is-hidden')).toBe(false);
  });

  it('says "1 follow-up due" for one', () => {
    expect(dueText(1)).toBe('1 follow-up due');
    const { el } = mount({ 'A.md': '---\nfollowup: active\ncontacted: [2026-11-17]\n---\n' }, '2026-11-25');
    expect(el.textContent).toBe('1 follow-up due');
  });

  it('hides at zero and comes back live', async () => {
    const { el, app } = mount({ 'A.md': '---\nfollowup: active\ncontacted: [2026-11-24]\n---\n' }, '2026-11-25');
    expect(el.classList.contains('pp-is-hidden')).toBe(true);
    await writeNote(app, 'A.md', '---\nfollowup: active\ncontacted: [2026-11-10]\n---\n');
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + 1);
    expect(el.textContent).toBe('1 follow-up due');
    expect(el.classList.contains('pp-is-hidden')).toBe(false);
  });

  it('counts again after midnight', () => {
    const { el, setToday } = mount({ 'A.md': '---\nfollowup: active\ncontacted: [2026-11-18]\n---\n' }, '2026-11-18');
    expect(el.classList.contains('pp-is-hidden')).toBe(true);
    setToday('2026-11-26');
    vi.advanceTimersByTime(60_000);
    expect(el.textContent).toBe('1 follow-up due');
  });

  it('opens the view on click and on Enter or Space, as a focusable button', () => {
    const { el, ctx } = mount(fixtureFiles(), '2026-11-25');
    expect([el.getAttribute('role'), el.getAttribute('tabindex')]).toEqual(['button', '0']);
    el.click();
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    el.dispatchEvent(new KeyboardEvent('keydown', { key: ' ' }));
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(ctx.activateView).toHaveBeenCalledTimes(3);
  });

  it('stops with its host', async () => {
    const { el, app, host } = mount({ 'A.md': '---\nfollowup: active\ncontacted: [2026-11-24]\n---\n' }, '2026-11-25');
    host.unload();
    await writeNote(app, 'A.md', '---\nfollowup: active\ncontacted: [2026-11-10]\n---\n');
    vi.advanceTimersByTime(CHANGED_DEBOUNCE_MS + 60_000);
    expect(el.classList.contains('pp-is-hidden')).toBe(true);
  });
});
