/**
 * The sidebar's collapsible groups with their counts, kept between redraws. Rows are capped so
 * a vault of 10k contacts never builds 10k rows ("Show N more" raises the cap for that group),
 * and kept by path: a row is built again only when what it shows changed (its contact or plan
 * object, the day, the ask-after setting), so a redraw after one edit rebuilds one row and
 * moves the others. A call builds at most `budget` new rows and says whether it finished, so a
 * first render of many rows can be spread over several tasks.
 */
import type { GroupId } from '../../core/agenda';
import type { BrokenNote, Group } from '../../core/agenda-groups';
import { groupSize } from '../../core/agenda-groups';
import type { Contact, Day, Plan } from '../../core/types';
import { placeChildren } from './place-children';
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

interface Section {
  el: HTMLElement;
  header: HTMLElement;
  count: HTMLElement;
  body: HTMLElement | null;
  more: HTMLButtonElement | null;
  /** The cap "Show more" raises this group to, as of the last draw. */
  nextLimit: number;
}

/** A drawn row and what it was drawn from. */
interface KeptRow {
  el: HTMLElement;
  contact: Contact;
  plan: Plan;
  today: Day;
  askAfter: number;
}

export class GroupSections {
  private readonly sections = new Map<GroupId, Section>();
  private readonly rows = new Map<string, KeptRow>();
  private readonly problems = new Map<string, { el: HTMLElement; text: string }>();

  constructor(
    private readonly state: GroupState,
    private readonly redraw: () => void,
  ) {}

  /** Draws `groups` (non-empty, in display order) as `list`'s only children; false when rows were left for another call. */
  draw(list: HTMLElement, groups: readonly Group[], deps: RowDeps, budget: number): boolean {
    const left = { budget };
    const used = new Set<string>();
    let complete = true;
    const wanted: HTMLElement[] = [];
    for (const group of groups) {
      const section = this.section(group);
      wanted.push(section.el);
      const size = String(groupSize(group));
      if (section.count.textContent !== size) section.count.setText(size);
      const collapsed = isCollapsed(group, this.state);
      section.header.setAttr('aria-expanded', String(!collapsed));
      if (collapsed) {
        section.body?.remove();
        section.body = null;
        continue;
      }
      if (complete) complete = this.drawBody(section, group, deps, left, used);
    }
    placeChildren(list, wanted);
    if (complete) {
      for (const path of this.rows.keys()) if (!used.has(path)) this.rows.delete(path);
      for (const path of this.problems.keys()) if (!used.has(path)) this.problems.delete(path);
    }
    return complete;
  }

  /** Forgets every kept element (the list is about to be emptied for a message). */
  clear(): void {
    this.sections.clear();
    this.rows.clear();
    this.problems.clear();
  }

  private section(group: Group): Section {
    const kept = this.sections.get(group.id);
    if (kept) return kept;
    const el = createDiv({ cls: ['pp-group', `pp-group-${group.id}`] });
    const header = el.createEl('button', { cls: 'pp-group-header' });
    header.createSpan({ cls: 'pp-group-title', text: group.title });
    const count = header.createSpan({ cls: 'pp-group-count' });
    header.addEventListener('click', () => {
      if (this.state.toggled.has(group.id)) this.state.toggled.delete(group.id);
      else this.state.toggled.add(group.id);
      this.redraw();
    });
    const section: Section = { el, header, count, body: null, more: null, nextLimit: ROWS_PER_PAGE };
    this.sections.set(group.id, section);
    return section;
  }

  private drawBody(section: Section, group: Group, deps: RowDeps, left: { budget: number }, used: Set<string>): boolean {
    const body = (section.body ??= section.el.createDiv({ cls: 'pp-group-body' }));
    const limit = this.state.limits.get(group.id) ?? ROWS_PER_PAGE;
    const wanted: HTMLElement[] = [];
    const shown = group.id === 'problems' ? group.broken.slice(0, limit) : group.items.slice(0, limit);
    for (const entry of shown) {
      const el = 'path' in entry ? this.problemRow(body, entry, deps, left) : this.row(body, entry.contact, entry.plan, deps, left);
      if (el === null) {
        placeChildren(body, wanted);
        return false;
      }
      used.add('path' in entry ? entry.path : entry.contact.path);
      wanted.push(el);
    }
    const hidden = groupSize(group) - limit;
    if (hidden > 0) {
      const more = Math.min(hidden, ROWS_PER_PAGE);
      section.nextLimit = limit + more;
      section.more ??= this.moreButton(body, group.id, section);
      const text = `Show ${more} more`;
      if (section.more.textContent !== text) section.more.setText(text);
      wanted.push(section.more);
    }
    placeChildren(body, wanted);
    return true;
  }

  /** The contact's row: the kept one when nothing it shows changed, else a new one (null when over budget). */
  private row(body: HTMLElement, contact: Contact, plan: Plan, deps: RowDeps, left: { budget: number }): HTMLElement | null {
    const kept = this.rows.get(contact.path);
    if (kept && kept.contact === contact && kept.plan === plan && kept.today === deps.today && kept.askAfter === deps.askAfter) return kept.el;
    if (left.budget <= 0) return null;
    left.budget--;
    kept?.el.remove();
    const el = renderRow(body, { contact, plan }, deps);
    this.rows.set(contact.path, { el, contact, plan, today: deps.today, askAfter: deps.askAfter });
    return el;
  }

  private problemRow(body: HTMLElement, note: BrokenNote, deps: RowDeps, left: { budget: number }): HTMLElement | null {
    const text = note.problems.map((p) => `${p.key}\n${p.message}`).join('\n\n');
    const kept = this.problems.get(note.path);
    if (kept && kept.text === text) return kept.el;
    if (left.budget <= 0) return null;
    left.budget--;
    kept?.el.remove();
    const row = body.createDiv({ cls: ['pp-row', 'pp-problem'] });
    const name = row.createEl('button', { cls: 'pp-row-name', text: note.path, attr: { 'aria-label': `Open ${note.path}` } });
    name.addEventListener('click', () => void deps.actions.open(note.path));
    // The key, then what was expected and found: the spec's path, key, value, expected.
    for (const { key, message } of note.problems) {
      const line = row.createDiv({ cls: 'pp-problem-message' });
      line.createSpan({ cls: 'pp-problem-key', text: key });
      line.appendText(`: ${message}`);
    }
    this.problems.set(note.path, { el: row, text });
    return row;
  }

  private moreButton(body: HTMLElement, id: GroupId, section: Section): HTMLButtonElement {
    const button = body.createEl('button', { cls: 'pp-show-more' });
    button.addEventListener('click', () => {
      this.state.limits.set(id, section.nextLimit);
      this.redraw();
    });
    return button;
  }
}
