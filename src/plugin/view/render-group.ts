/**
 * One collapsible group of the sidebar with its count. Rows are capped so a vault of 10k
 * contacts never builds 10k rows; "Show N more" raises the cap for that group.
 */
import type { GroupId } from '../../core/agenda';
import type { Group } from '../../core/agenda-groups';
import { groupSize } from '../../core/agenda-groups';
import type { RowDeps } from './render-row';
import { renderRow } from './render-row';

export const ROWS_PER_PAGE = 50;

/** What the view remembers between redraws. */
export interface GroupState {
  /** Groups the user opened or closed, against their default. */
  toggled: Set<GroupId>;
  /** Rows to show per group, when raised above ROWS_PER_PAGE. */
  limits: Map<GroupId, number>;
}

export function isCollapsed(group: Group, state: GroupState): boolean {
  return group.collapsedByDefault !== state.toggled.has(group.id);
}

export function renderGroup(parent: HTMLElement, group: Group, state: GroupState, deps: RowDeps, redraw: () => void): void {
  const size = groupSize(group);
  const section = parent.createDiv({ cls: ['pp-group', `pp-group-${group.id}`] });
  const collapsed = isCollapsed(group, state);
  const header = section.createEl('button', { cls: 'pp-group-header', attr: { 'aria-expanded': String(!collapsed) } });
  header.createSpan({ cls: 'pp-group-title', text: group.title });
  header.createSpan({ cls: 'pp-group-count', text: String(size) });
  header.addEventListener('click', () => {
    if (state.toggled.has(group.id)) state.toggled.delete(group.id);
    else state.toggled.add(group.id);
    redraw();
  });
  if (collapsed) return;

  const body = section.createDiv({ cls: 'pp-group-body' });
  const limit = state.limits.get(group.id) ?? ROWS_PER_PAGE;
  if (group.id === 'problems') {
    for (const note of group.broken.slice(0, limit)) {
      const row = body.createDiv({ cls: ['pp-row', 'pp-problem'] });
      const name = row.createEl('button', { cls: 'pp-row-name', text: note.path, attr: { 'aria-label': `Open ${note.path}` } });
      name.addEventListener('click', () => void deps.actions.open(note.path));
      // The key, then what was expected and found: the spec's path, key, value, expected.
      for (const { key, message } of note.problems) {
        const line = row.createDiv({ cls: 'pp-problem-message' });
        line.createSpan({ cls: 'pp-problem-key', text: key });
        line.appendText(`: ${message}`);
      }
    }
  } else {
    for (const item of group.items.slice(0, limit)) renderRow(body, item, deps);
  }
  const hidden = size - limit;
  if (hidden > 0) {
    const more = Math.min(hidden, ROWS_PER_PAGE);
    const button = body.createEl('button', { cls: 'pp-show-more', text: `Show ${more} more` });
    button.addEventListener('click', () => {
      state.limits.set(group.id, limit + more);
      redraw();
    });
  }
}
