import { describe, expect, it, vi } from 'vitest';
import { palette } from '../support/commands';
import { clickButton } from '../support/modals';
import { settle } from '../support/settle';
import { JANE, PLAIN, RECENT } from '../support/notes';
import { createTestContext } from '../support/test-context';
import { focusNote } from '../support/editor';
import { captureUi } from '../support/ui';

const { notices, modals } = captureUi();

/** Due Thu 3 Dec 2026 (last message Wed 25 Nov). */
const LATER = '---\nfollowup: active\nname: Lou Later\ncontacted: 2026-11-25 09:00\n---\n';
/** Due Tue 17 Nov: more overdue than Jane (due Thu 19 Nov). */
const OLDER = '---\nfollowup: active\nname: Olle Older\ncontacted: [2026-11-09 15:00]\n---\n';

describe('open-next', () => {
  it('opens the most overdue follow-up', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE, 'Olle.md': OLDER, 'Lou.md': LATER } });
    const leaf = t.app.workspace.getLeaf(false);
    vi.spyOn(t.app.workspace, 'getLeaf').mockReturnValue(leaf);
    const open = vi.spyOn(leaf, 'openFile');
    palette(t.app, t.ctx).run('open-next');
    await settle();
    expect(open).toHaveBeenCalledWith(t.file('Olle.md'));
    expect(notices).toEqual([]);
  });

  it('says when nothing is due, naming the next one', async () => {
    const t = createTestContext({ files: { 'Lou.md': LATER, 'Rita.md': RECENT } });
    const open = vi.spyOn(t.app.workspace, 'getLeaf');
    palette(t.app, t.ctx).run('open-next');
    expect(open).not.toHaveBeenCalled();
    expect(notices).toEqual(['Nothing is due today. Next: Rita Recent on Wed 2 Dec.']);
  });

  it('says when there is nothing at all', () => {
    const t = createTestContext({ files: { 'Pat.md': PLAIN } });
    palette(t.app, t.ctx).run('open-next');
    expect(notices).toEqual(['Nothing is due.']);
  });
});

describe('show-view', () => {
  it('activates the view', () => {
    const t = createTestContext();
    const { activateView } = t.ctx;
    palette(t.app, t.ctx).run('show-view');
    expect(activateView).toHaveBeenCalledOnce();
  });
});

describe('start', () => {
  it('asks for the context and topic, then makes the note a contact', async () => {
    const t = createTestContext({ files: { 'Pat.md': PLAIN } });
    focusNote(t.app, t.file('Pat.md'));
    const p = palette(t.app, t.ctx);
    p.run('start');
    await settle();
    const select = modals.last().contentEl.querySelector('select');
    if (!select) throw new Error('no context field');
    select.value = 'networking';
    clickButton(modals.last(), 'Start following up');
    await settle();
    expect(await t.read('Pat.md')).toBe(`---\nfollowup: active\ncontacted: [2026-11-25T10:05]\ncontext: networking\n---\n${PLAIN}`);
    expect(p.isShown('start')).toBe(false);
    expect(p.isShown('log-sent')).toBe(true);
  });
});
