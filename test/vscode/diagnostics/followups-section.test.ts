import { describe, expect, it } from 'vitest';
import { followupsSection } from '../../../src/vscode/diagnostics/followups-section';

describe('followupsSection', () => {
  it('runs from after the heading to the next heading of level 1 or 2', () => {
    const text = '# Jane\nintro\n## Follow-ups\n### Draft — Thu\nhi\n## Notes\nlater\n';
    const s = followupsSection(text);
    expect(s).not.toBeNull();
    expect(text.slice(s!.start, s!.end)).toBe('### Draft — Thu\nhi\n');
  });

  it('runs to the end of the note when nothing follows, and ignores headings inside code fences', () => {
    const text = '## Follow-ups\n```\n## not a heading\n```\ntext';
    const s = followupsSection(text);
    expect(text.slice(s!.start, s!.end)).toBe('```\n## not a heading\n```\ntext');
  });

  it('is null without the section', () => {
    expect(followupsSection('# Jane\n## Notes\n')).toBeNull();
  });
});
