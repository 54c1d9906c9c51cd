import { Notice } from 'obsidian';
import { formatShortDay } from '../../core/calendar';
import type { CommandSpec } from './command-spec';

/** Opens the most overdue follow-up (the agenda is sorted by due date). */
export const openNext: CommandSpec = {
  id: 'open-next',
  name: 'Open next follow-up',
  run: (ctx, checking) => {
    if (checking) return true;
    const today = ctx.today();
    const items = ctx.index.agenda(today).items.filter((i) => i.plan.due !== null);
    const next = items.find((i) => (i.plan.due ?? today) <= today);
    const file = next ? ctx.app.vault.getFileByPath(next.contact.path) : null;
    if (next && file) {
      void ctx.app.workspace.getLeaf(false).openFile(file);
      return true;
    }
    const later = items[0];
    new Notice(later ? `Nothing is due today. Next: ${later.contact.name} on ${formatShortDay(later.plan.due ?? today)}.` : 'Nothing is due.');
    return true;
  },
};
