/**
 * Loading the tone module does no work: no regex runs (V8 compiles a regex on its first run), no
 * word is classified, until a text is checked. Every CLI command and the plugin load this module,
 * so its start-up cost is paid by all of them.
 */
import { describe, expect, it, vi } from 'vitest';

/** Whether the code that ran the regex (the first frame past this wrapper and built-ins such as String.replace) is the tone module's. */
function calledFromTone(stack: string): boolean {
  const frames = stack.split('\n').slice(2);
  const caller = frames.find((f) => !f.includes('(<anonymous>)') && !f.includes('native'));
  return caller?.includes('/src/core/tone/') ?? false;
}

describe('loading the tone module', () => {
  it('runs no regex and classifies no word until a text is checked', async () => {
    vi.resetModules();
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called with its regex as `this`, and put back
    const exec = RegExp.prototype.exec;
    let runs = 0;
    RegExp.prototype.exec = function (this: RegExp, s: string) {
      if (calledFromTone(new Error().stack ?? '')) runs++;
      return exec.call(this, s);
    };
    try {
      const tone = await import('../../../src/core/tone');
      const { wordInfoStats } = await import('../../../src/core/tone/word-info');
      expect(runs).toBe(0);
      expect(wordInfoStats.classified).toBe(0);
      // The counters can see work: checking a text runs regexes and classifies its words.
      expect(tone.checkTone("You haven't replied. DO IT NOW!!", 'en').length).toBeGreaterThan(0);
      expect(runs).toBeGreaterThan(0);
      expect(wordInfoStats.classified).toBeGreaterThan(0);
    } finally {
      RegExp.prototype.exec = exec;
    }
  });
});
