import { Plugin } from 'obsidian';

/** Entry point; the real lifecycle arrives with the plugin issue. */
export default class PleasantlyPersistentPlugin extends Plugin {
  override async onload(): Promise<void> {}
}
