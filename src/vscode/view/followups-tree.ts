/** The Follow-ups view: a TreeDataProvider over the index's agenda, redrawn when the index changes. */
import * as vscode from 'vscode';
import { migrateSettings } from '../../core/settings';
import type { Day } from '../../core/types';
import { groupSize } from '../../core/agenda-groups';
import type { VaultSet } from '../vaults/vault-set';
import { childNodes, contextValue, folderDescription, nodeId, rootNodes, rowDescription, rowTooltip, type FollowupNode } from './tree-nodes';

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
    private readonly vaults: VaultSet,
    private readonly today: () => Day,
  ) {
    this.subscription = vaults.onDidChange(() => this.refresh());
  }

  refresh(): void {
    this.emitter.fire(undefined);
  }

  async getChildren(node?: FollowupNode): Promise<FollowupNode[]> {
    if (node) return childNodes(node);
    await this.vaults.ready();
    const day = this.today();
    const roots = rootNodes(this.vaults.all.map((v) => ({ root: v.key, name: v.name, agenda: v.index.agenda(day) })));
    if (this.onFirstRender) {
      const done = this.onFirstRender;
      this.onFirstRender = undefined;
      done();
    }
    return roots;
  }

  getTreeItem(node: FollowupNode): vscode.TreeItem {
    const vault = this.vaults.byKey(node.root);
    if (node.kind === 'folder') {
      const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Expanded);
      item.id = nodeId(node);
      item.description = folderDescription(node.agenda);
      item.iconPath = new vscode.ThemeIcon('root-folder');
      item.contextValue = 'folder';
      return item;
    }
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
      const uri = vault?.index.uriOf(contact.path);
      const item = new vscode.TreeItem(contact.name, vscode.TreeItemCollapsibleState.None);
      item.id = nodeId(node);
      item.description = rowDescription(node.item, this.today(), (vault?.settings() ?? migrateSettings({})).askAfter);
      item.tooltip = rowTooltip(node.item);
      item.contextValue = contextValue(node.item);
      item.iconPath = new vscode.ThemeIcon(ICONS[node.groupId] ?? 'circle');
      if (uri) {
        item.resourceUri = uri;
        item.command = { command: 'pleasantlyPersistent.openNote', title: 'Open note', arguments: [uri] };
      }
      return item;
    }
    const uri = vault?.index.uriOf(node.note.path);
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
