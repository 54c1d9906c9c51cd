import { describe, expect, it, vi } from 'vitest';
import { pluginRowActions } from '../../../src/plugin/view/plugin-row-actions';
import { fixtureFiles } from '../support/fixture-vault';
import { fileAt, makeApp } from '../support/mock-app';
import { createTestContext } from '../support/test-context';

const JANE = 'Jobs/Jane Doe.md';

describe('row buttons wired to the note actions', () => {
  it('mark replied and snooze write the note through the actions', async () => {
    const app = makeApp(fixtureFiles());
    const actions = pluginRowActions(createTestContext({ app, today: '2026-11-25' }).ctx);
    await actions.replied(JANE);
    await actions.snooze('Sales/Maria Santos.md', '2026-12-02');
    const read = (path: string): Promise<string> => app.vault.read(fileAt(app, path));
    expect(await read(JANE)).toMatch(/^followup: replied {12}# active \| paused \| replied \| stopped$/m);
    expect(await read('Sales/Maria Santos.md')).toMatch(/^snooze: 2026-12-02$/m);
  });

  it('opens a note by its path, and writes nothing for a note that is gone', async () => {
    const app = makeApp(fixtureFiles());
    const open = vi.spyOn(app.workspace, 'openLinkText').mockResolvedValue();
    const actions = pluginRowActions(createTestContext({ app, today: '2026-11-25' }).ctx);
    await actions.open(JANE);
    expect(open).toHaveBeenCalledWith(JANE, '', false);
    const process = vi.spyOn(app.vault, 'process');
    await actions.logSent('Jobs/Gone.md');
    await actions.replied('Jobs/Gone.md');
    expect(process).not.toHaveBeenCalled();
  });
});
