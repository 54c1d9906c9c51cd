/** Registers the commands on a mock plugin and runs them the way the command palette does. */
import type { App as AppOriginal, Command } from 'obsidian';
import { App, Plugin } from 'obsidian-test-mocks/obsidian';
import { registerCommands } from '../../../src/plugin/commands';
import type { PluginContext } from '../../../src/plugin/context';

class TestPlugin extends Plugin {}

export interface Palette {
  ids(): string[];
  command(id: string): Command;
  /** True when the palette would list the command for the active note. */
  isShown(id: string): boolean;
  /** Runs it (asserting it applies), as choosing it in the palette does. */
  run(id: string): void;
}

export function palette(app: AppOriginal, ctx: PluginContext): Palette {
  const plugin = new TestPlugin(App.fromOriginalType__(app), { id: 'pleasantly-persistent', name: 'Pleasantly Persistent', version: '0', minAppVersion: '1.5.0', author: '', description: '' });
  registerCommands(ctx, plugin.asOriginalType2__());
  const command = (id: string): Command => {
    const c = plugin.commands__.get(id);
    if (!c) throw new Error(`no command ${id}`);
    return c;
  };
  const check = (id: string, checking: boolean): boolean => {
    const cb = command(id).checkCallback;
    if (!cb) throw new Error(`${id} has no checkCallback`);
    return cb(checking) === true;
  };
  return {
    ids: () => [...plugin.commands__.keys()],
    command,
    isShown: (id) => check(id, true),
    run: (id) => {
      if (!check(id, false)) throw new Error(`${id} does not apply here`);
    },
  };
}
