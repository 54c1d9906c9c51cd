/** "2 follow-ups due" (today and overdue) in the status bar; hidden when nothing is due. Click: the view. */
import * as vscode from 'vscode';
import { dueCount, dueCountText } from '../../core/due-count';
import type { Day } from '../../core/types';
import type { VaultSet } from '../vaults/vault-set';

/** Every workspace folder's follow-ups due, together. */
export function createStatusBar(vaults: VaultSet, today: () => Day): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('pleasantlyPersistent.due', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Follow-ups due';
  item.command = 'pleasantlyPersistent.followups.focus';
  item.tooltip = 'Show follow-ups';
  const update = (): void => {
    const day = today();
    const count = vaults.all.reduce((n, v) => n + dueCount(v.index.agenda(day)), 0);
    item.text = `$(bell) ${dueCountText(count)}`;
    if (count === 0) item.hide();
    else item.show();
  };
  const sub = vaults.onDidChange(update);
  // A new day can make follow-ups due without any note changing.
  const timer = setInterval(update, 60_000);
  void vaults.ready().then(update);
  return { dispose: () => (sub.dispose(), clearInterval(timer), item.dispose()) };
}
