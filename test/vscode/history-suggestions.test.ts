// The history opt-in in VS Code: the Explain command plans with what the notes teach, and a reply
// logged in another note re-plans it, through the extension's own wiring (extension.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as vscode from 'vscode';
import { activateExtension } from './activate-extension';
import { fake } from './fake-vscode';

const note = (state: string, contacted: string, extra = ''): string => `---\nfollowup: ${state}\ncontext: sales\ncontacted:\n  - ${contacted}\n${extra}---\n`;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 9, 0));
  fake.reset();
  // 19 afternoon messages that got replies, 40 morning ones that did not: one reply short.
  for (let i = 0; i < 19; i++) fake.writeFile(`People/Replied ${i}.md`, note('replied', '2026-10-05 15:00', 'replied: 2026-10-06\n'), { silent: true });
  for (let i = 0; i < 40; i++) fake.writeFile(`People/Quiet ${i}.md`, note('paused', '2026-10-05 09:00'), { silent: true });
  fake.writeFile('People/Lead.md', '---\nfollowup: active\nname: Lena Lead\ncontext: sales\ncontacted:\n  - 2026-11-16 12:00\n---\n', { silent: true });
});
afterEach(() => {
  vi.useRealTimers();
});

async function why(): Promise<string> {
  fake.said = [];
  await vscode.commands.executeCommand('pleasantlyPersistent.showWhy', fake.uri('People/Lead.md'));
  return fake.said.at(-1)?.message ?? '';
}

describe('suggestions from your own history in VS Code', () => {
  it('explains with the rules\' slot below 20 replies, and leans once a reply in another note makes 20', async () => {
    fake.configuration = { suggestFromHistory: true };
    await activateExtension();
    await expect.poll(() => fake.statusBar.text, { timeout: 10_000 }).toBe('$(bell) 1 follow-up due');
    expect(await why()).not.toContain('rather than');
    fake.writeFile('People/Quiet 0.md', note('replied', '2026-10-05 09:00', 'replied: 2026-10-07\n'));
    await expect.poll(why, { timeout: 10_000 }).toContain('; afternoon rather than morning: afternoons got 40x the reply rate of mornings for your sales contacts (19 of 19 vs 1 of 40)');
  });

  it('with the opt-in off, explains exactly as the rules do', async () => {
    await activateExtension();
    await expect.poll(() => fake.statusBar.text, { timeout: 10_000 }).toBe('$(bell) 1 follow-up due');
    fake.writeFile('People/Quiet 0.md', note('replied', '2026-10-05 09:00', 'replied: 2026-10-07\n'));
    expect(await why()).toBe('last message Mon 16 Nov + 1 week (follow-up 1 of 3); moved to Tue 24 Nov so it is not on a Monday again; overdue, so it goes out today');
  });
});
