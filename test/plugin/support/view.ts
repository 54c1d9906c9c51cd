/** Opens the follow-ups view on a mock leaf with recording row actions; reads what it shows. */
import type { App } from 'obsidian';
import { App as MockApp, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import type { Day } from '../../../src/core/types';
import { FollowupsView } from '../../../src/plugin/view/followups-view';
import { fakeActions, type FakeActions } from './row-actions';
import { createTestContext, type TestContext } from './test-context';

export interface Opened extends TestContext {
  view: FollowupsView;
  actions: FakeActions;
  el: HTMLElement;
}

export async function openView(app: App, today: Day, chunkFiles?: number): Promise<Opened> {
  const t = createTestContext({ app, today, ...(chunkFiles === undefined ? {} : { chunkFiles }) });
  const actions = fakeActions();
  const leaf = WorkspaceLeaf.create2__(MockApp.fromOriginalType__(app)).asOriginalType3__();
  const view = new FollowupsView(leaf, t.ctx, actions);
  view.load();
  await view.onOpen();
  return { ...t, view, actions, el: view.contentEl };
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
