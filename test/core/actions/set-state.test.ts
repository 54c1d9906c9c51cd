import { describe, expect, it } from 'vitest';
import { markReplied, pause, resume } from '../../../src/core/actions';
import { env, note } from './env';

describe('mark replied, pause, resume', () => {
  const active = note('followup: active\nname: Ada\ncontacted: [2026-11-20 09:00]\n');

  it('each sets its state on the text it is given', () => {
    expect(markReplied(active, {}, env())).toMatchObject({ type: 'write', changed: true, text: active.replace('active', 'replied') });
    expect(pause(active, {}, env())).toMatchObject({ type: 'write', changed: true, text: active.replace('active', 'paused') });
    const paused = active.replace('active', 'paused');
    const r = resume(paused, {}, env());
    expect(r).toMatchObject({ type: 'write', changed: true, text: active });
    if (r.type === 'write') expect(r.message).toMatch(/^Resumed Ada\. Next: follow-up 1 of 3 due \w{3} \d+ \w{3}\.$/);
  });

  it('stopped is final: nothing moves a note out of stopped, whatever the index said', () => {
    // The adapter may have last seen `active`; the text it is about to write says stopped.
    const stopped = active.replace('active', 'stopped');
    for (const action of [markReplied, pause, resume]) {
      const d = action(stopped, {}, env());
      expect(d.type).toBe('refuse');
      if (d.type === 'refuse') expect(d.message).toContain('Ada asked you to stop, so the note stays stopped');
    }
  });

  it('already so: nothing to write', () => {
    expect(pause(active.replace('active', 'paused'), {}, env())).toMatchObject({ type: 'write', changed: false, message: 'Ada is already paused; nothing changed.' });
  });

  it('a note whose followup key was removed, or with problems, is refused with path and key', () => {
    expect(pause(note('name: Ada\n'), {}, env())).toMatchObject({ type: 'refuse' });
    const d = pause(note('followup: active\ncadence: sometimes\n'), {}, env());
    expect(d.type).toBe('refuse');
    if (d.type === 'refuse') expect(d.message).toMatch(/^People\/Ada\.md: cadence: /);
  });
});
