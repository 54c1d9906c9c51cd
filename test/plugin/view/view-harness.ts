/** Opens the follow-ups view on a mock leaf with recording row actions. */
import type { App } from 'obsidian';
import { App as MockApp, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import { vi } from 'vitest';
import type { Mock } from 'vitest';
import type { Day } from '../../../src/core/types';
import { FollowupsView } from '../../../src/plugin/view/followups-view';
import type { RowActions } from '../../../src/plugin/view/row-actions';
import type { TestContext } from '../make-context';
import { makeContext } from '../make-context';

export type FakeActions = { [K in keyof RowActions]: Mock<RowActions[K]> };

export function fakeActions(): FakeActions {
  const done = (): Promise<void> => Promise.resolve();
  return {
    open: vi.fn(done),
    draft: vi.fn(done),
    logSent: vi.fn(done),
    replied: vi.fn(done),
    snooze: vi.fn(done),
    pickSnoozeDate: vi.fn<RowActions['pickSnoozeDate']>(),
  };
}

export interface Opened {
  view: FollowupsView;
  ctx: TestContext;
  actions: FakeActions;
  el: HTMLElement;
}

export async function openView(app: App, today: Day): Promise<Opened> {
  const ctx = makeContext(app, today);
  const actions = fakeActions();
  const leaf = WorkspaceLeaf.create2__(MockApp.fromOriginalType__(app)).asOriginalType3__();
  const view = new FollowupsView(leaf, ctx, actions);
  view.load();
  await view.onOpen();
  return { view, ctx, actions, el: view.contentEl };
}

/** `{ Overdue: 2, Today: 1, … }` as the group headers show them. */
export function headerCounts(el: HTMLElement): Record<string, number> {
  const out: Record<string, number> = {};
  for (const h of Array.from(el.querySelectorAll('.pp-group-header'))) {
    out[h.querySelector('.pp-group-title')?.textContent ?? ''] = Number(h.querySelector('.pp-group-count')?.textContent);
  }
  return out;
}

export function rowNames(el: HTMLElement, group?: string): string[] {
  const scope = group ? el.querySelector(`.pp-group-${group}`) : el;
  return Array.from(scope?.querySelectorAll('.pp-row .pp-row-name') ?? []).map((b) => b.textContent ?? '');
}

export function rowOf(el: HTMLElement, name: string): HTMLElement {
  const button = Array.from(el.querySelectorAll<HTMLElement>('.pp-row-name')).find((b) => b.textContent === name);
  const row = button?.closest<HTMLElement>('.pp-row');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

export function typeFilter(el: HTMLElement, text: string): void {
  const input = el.querySelector<HTMLInputElement>('.pp-filter');
  if (!input) throw new Error('no filter box');
  input.value = text;
  input.dispatchEvent(new Event('input'));
}
