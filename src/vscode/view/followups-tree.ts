/** The Follow-ups view: a TreeDataProvider over the index's agenda, redrawn when the index changes. */
import * as vscode from 'vscode';
import type { Agenda } from '../../core/agenda';
import type { Settings } from '../../core/settings';
import type { Day } from '../../core/types';
import type { ContactIndex } from '../index/contact-index';
import { groupSize } from '../../core/agenda-groups';
import { childNodes, contextValue, nodeId, rootNodes, rowDescription, rowTooltip, type FollowupNode } from './tree-nodes';

const ICONS: Record<string, string> = {
  overdue: 'warning',
  today: 'bell',
  week: 'calendar',
  later: 'clock',
  'not-contacted': 'mail',
  closed: 'circle-slash',
  problems: 'error',
};

export class FollowupsTree implements vscode.TreeDataProvider<FollowupNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<FollowupNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscription: vscode.Disposable;
  /** Called once, when the first groups are handed to VS Code (for the first-render timing). */
  onFirstRender: (() => void) | undefined;

  constructor(
    private readonly index: ContactIndex,
    private readonly settings: () => Settings,
    private readonly today: () => Day,
  ) {
    this.subscription = index.onDidChange(() => this.refresh());
  }

  refresh(): void {
    this.emitter.fire(undefined);
  }

  async getChildren(node?: FollowupNode): Promise<FollowupNode[]> {
    if (node) return childNodes(node);
    await this.index.ready();
    const roots = rootNodes(this.agenda());
    if (this.onFirstRender) {
      const done = this.onFirstRender;
      this.onFirstRender = undefined;
      done();
    }
    return roots;
  }

  private agenda(): Agenda {
    return this.index.agenda(this.today());
  }

  getTreeItem(node: FollowupNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const { group } = node;
      const size = groupSize(group);
      const state = group.collapsedByDefault ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded;
      const item = new vscode.TreeItem(group.title, state);
      item.id = nodeId(node);
      item.description = String(size);
      item.iconPath = new vscode.ThemeIcon(ICONS[group.id] ?? 'circle');
      item.contextValue = `group-${group.id}`;
      return item;
    }
    if (node.kind === 'contact') {
      const { contact } = node.item;
      const uri = this.index.uriOf(contact.path);
      const item = new vscode.TreeItem(contact.name, vscode.TreeItemCollapsibleState.None);
      item.id = nodeId(node);
      item.description = rowDescription(node.item, this.today(), this.settings().askAfter);
      item.tooltip = rowTooltip(node.item);
      item.contextValue = contextValue(node.item);
      item.iconPath = new vscode.ThemeIcon(ICONS[node.groupId] ?? 'circle');
      if (uri) {
        item.resourceUri = uri;
        item.command = { command: 'pleasantlyPersistent.openNote', title: 'Open note', arguments: [uri] };
      }
      return item;
    }
    const uri = this.index.uriOf(node.note.path);
    const item = new vscode.TreeItem(node.note.path, vscode.TreeItemCollapsibleState.None);
    item.id = nodeId(node);
    item.description = node.note.messages[0] ?? '';
    item.tooltip = node.note.messages.join('\n');
    item.contextValue = 'broken';
    item.iconPath = new vscode.ThemeIcon('error');
    if (uri) item.command = { command: 'pleasantlyPersistent.openNote', title: 'Open note', arguments: [uri] };
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
