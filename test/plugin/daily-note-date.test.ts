import { describe, expect, it } from 'vitest';
import { dailyNoteDay, dailyNoteFormats, FALLBACK_FORMAT } from '../../src/plugin/daily-note-date';
import { fileAt, makeApp, setDailyNotes } from './support/mock-app';

const files = { 'Daily/2026-11-25.md': '', 'Journal/25.11.2026.md': '', 'Notes/Jane.md': '' };

describe('the daily-note date behind a private API', () => {
  it('reads the Daily notes settings when Obsidian offers them', () => {
    const app = makeApp(files);
    setDailyNotes(app, { folder: 'Journal', format: 'DD.MM.YYYY' });
    expect(dailyNoteDay(app, fileAt(app, 'Journal/25.11.2026.md'))).toBe('2026-11-25');
    expect(dailyNoteDay(app, fileAt(app, 'Daily/2026-11-25.md'))).toBeNull();
  });

  it('falls back to YYYY-MM-DD names in any folder when the private API is missing', () => {
    const app = makeApp(files);
    Object.assign(app, { internalPlugins: undefined, plugins: undefined });
    expect(dailyNoteFormats(app)).toEqual([FALLBACK_FORMAT]);
    expect(dailyNoteDay(app, fileAt(app, 'Daily/2026-11-25.md'))).toBe('2026-11-25');
    expect(dailyNoteDay(app, fileAt(app, 'Notes/Jane.md'))).toBeNull();
  });

  it('falls back, without throwing, when the private API throws or changes shape', () => {
    const app = makeApp(files);
    Object.assign(app, {
      internalPlugins: {
        getPluginById: () => {
          throw new Error('internal API changed');
        },
      },
      plugins: { getPlugin: 42 },
    });
    expect(() => dailyNoteFormats(app)).not.toThrow();
    expect(dailyNoteDay(app, fileAt(app, 'Daily/2026-11-25.md'))).toBe('2026-11-25');
  });
});
