import type { CommandSpec } from './command-spec';

export const showView: CommandSpec = {
  id: 'show-view',
  name: 'Show follow-ups',
  run: (ctx, checking) => {
    if (!checking) void ctx.activateView();
    return true;
  },
};
