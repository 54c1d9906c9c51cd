/** The Follow-ups view in real VS Code lists the vault's contacts in the core's groups, in order. */
import { describe, expect, inject, it } from 'vitest';
import { expectedGroups } from './harness/expected-groups';
import { openWorkbench, showFollowups, useChromium, viewGroups } from './harness/workbench';

describe('Follow-ups view', () => {
  const browser = useChromium();

  it('shows every contact of the vault in the right group, and the broken note under Problems', async () => {
    const wb = await openWorkbench(browser());
    try {
      const pane = await showFollowups(wb.page);
      const expected = expectedGroups(inject('vaultDir'));
      // The vault has contacts in several groups and a broken note: the check is not trivially true.
      expect(expected.length).toBeGreaterThanOrEqual(4);
      expect(expected.map((g) => g.title)).toContain('Problems');
      await expect.poll(() => viewGroups(pane), { timeout: 60_000 }).toEqual(expected);
    } finally {
      await wb.close();
    }
  });
});
