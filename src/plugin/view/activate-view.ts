/** Finds the follow-ups view, or opens it in the right sidebar, and brings it into sight. */
import type { App } from 'obsidian';
import { VIEW_TYPE } from './view-type';

export async function activateView(app: App): Promise<void> {
  const { workspace } = app;
  const leaf = workspace.getLeavesOfType(VIEW_TYPE)[0] ?? (await workspace.ensureSideLeaf(VIEW_TYPE, 'right', { active: true }));
  await workspace.revealLeaf(leaf);
}
