import { vi, describe, expect, it } from 'vitest';
import { newContactText } from '../../../src/core/new-contact';
import { palette } from '../support/commands';
import { clickButton } from '../support/modals';
import { settle } from '../support/settle';
import { JANE } from '../support/notes';
import { createTestContext } from '../support/test-context';
import { captureUi } from '../support/ui';

const { modals } = captureUi();

function typeName(name: string): void {
  const input = modals.last().contentEl.querySelector('input');
  if (!input) throw new Error('no name field');
  input.value = name;
  clickButton(modals.last(), 'Create');
}

describe('new-contact', () => {
  it('creates the contact in the contacts folder from the template and opens it', async () => {
    const t = createTestContext({ files: { 'Pat.md': 'x\n' }, settings: { contactsFolder: 'People' } });
    const leaf = t.app.workspace.getLeaf(false);
    vi.spyOn(t.app.workspace, 'getLeaf').mockReturnValue(leaf);
    const open = vi.spyOn(leaf, 'openFile');
    palette(t.app, t.ctx).run('new-contact');
    await settle();
    typeName('  Åsa Öberg ');
    await settle();
    expect(await t.read('People/Åsa Öberg.md')).toBe(newContactText());
    expect(open).toHaveBeenCalledWith(t.file('People/Åsa Öberg.md'));
  });

  it('refuses a name that exists or cannot be a file name, saying why, and writes nothing', async () => {
    const t = createTestContext({ files: { 'Jane.md': JANE } });
    palette(t.app, t.ctx).run('new-contact');
    await settle();
    typeName('Jane');
    expect(modals.last().contentEl.querySelector('.pp-field-error')?.textContent).toBe('"Jane.md" already exists.');
    typeName('a/b');
    expect(modals.last().contentEl.querySelector('.pp-field-error')?.textContent).toContain('cannot contain');
    clickButton(modals.last(), 'Cancel');
    await settle();
    expect(t.app.vault.getMarkdownFiles().map((f) => f.path)).toEqual(['Jane.md']);
  });
});
