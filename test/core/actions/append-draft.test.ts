import { describe, expect, it } from 'vitest';
import { appendDraft } from '../../../src/core/actions';
import { latestDraftBlock } from '../../../src/core/drafts';
import { env, note } from './env';

describe('append draft', () => {
  const text = note('followup: active\nname: Ada Lovelace\ncontacted: [2026-11-10 09:00]\n', '# Ada\n');

  it('appends the due draft once, names its heading, and reads back through the core', () => {
    const d = appendDraft(text, {}, env('2026-11-25'));
    expect(d.type).toBe('write');
    if (d.type !== 'write') return;
    expect(d.reveal).toMatch(/^### Draft — follow-up 1 — 2026-11-25 \(Wed \w+\)$/);
    expect(d.text.startsWith(text)).toBe(true);
    expect(d.message).toBe(`Draft added under "## Follow-ups": ${d.reveal?.slice(4) ?? ''}.`);
    const back = latestDraftBlock(d.text);
    expect(back?.heading).toBe(d.reveal);
    expect(back?.subject).not.toBe('');
    expect(back?.body).toContain('Ada');
    expect(appendDraft(d.text, {}, env('2026-11-25'))).toMatchObject({ type: 'write', changed: false });
  });

  it('no draft for stopped, paused, replied or not-contacted text, saying why', () => {
    for (const [fm, why] of [
      ['followup: stopped\n', 'asked you to stop'],
      ['followup: paused\ncontacted: [2026-11-10]\n', 'is paused'],
      ['followup: replied\ncontacted: [2026-11-10]\n', 'replied'],
      ['followup: active\n', 'No message to'],
    ] as const) {
      const d = appendDraft(note(fm), {}, env());
      expect(d.type).toBe('refuse');
      if (d.type === 'refuse') expect(d.message).toContain(why);
    }
  });
});

describe('latestDraftBlock', () => {
  it('takes the last block up to the next heading, ignoring `###` inside code fences', () => {
    const body = '## Follow-ups\n\n### Draft — follow-up 1 — 2026-11-02 (Mon morning)\n**Subject:** One\n\nFirst.\n\n### Draft — follow-up 2 — 2026-11-09 (Mon morning)\n**Subject:** Two\n\nHi,\n```\n### not a heading\n```\nBye\n## Notes\nx\n';
    expect(latestDraftBlock(body)).toEqual({ heading: '### Draft — follow-up 2 — 2026-11-09 (Mon morning)', subject: 'Two', body: 'Hi,\n```\n### not a heading\n```\nBye' });
    expect(latestDraftBlock('no drafts\n')).toBeNull();
  });
});
