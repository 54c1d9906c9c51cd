import { activateStatsView } from '../stats-view/stats-view';
import type { CommandSpec } from './command-spec';

export const showStats: CommandSpec = {
  id: 'show-stats',
  name: 'Show follow-up stats',
  run: (ctx, checking) => {
    if (!checking) void activateStatsView(ctx);
    return true;
  },
};
