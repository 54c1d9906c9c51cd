/**
 * A guard for work on the check's speed: checkTone must give exactly the recorded findings
 * (phrase, offset, category, language, why, suggestion) for every corpus sentence and for seeded
 * long texts (test/core/tone/guard-inputs.ts). The record, test/fixtures/tone/findings.jsonl, was
 * written by the check before it was optimised; rewrite it (UPDATE_TONE_FINDINGS=1) only when a
 * finding is meant to change, and say so in the commit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkTone, type ToneFinding } from '../../../src/core/tone';
import { fingerprint, guardInputs } from './guard-inputs';

interface Recorded {
  name: string;
  input: string;
  findings: ToneFinding[];
}

const url = new URL('../../fixtures/tone/findings.jsonl', import.meta.url);

describe('tone findings stay the same', () => {
  const inputs = guardInputs();
  const fresh = inputs.map((i) => JSON.stringify({ name: i.name, input: fingerprint(i.text), findings: checkTone(i.text, i.language) }));
  if (process.env.UPDATE_TONE_FINDINGS === '1') writeFileSync(url, `${fresh.join('\n')}\n`);
  const recorded = readFileSync(fileURLToPath(url), 'utf8').trimEnd().split('\n');

  it('checks the same inputs as recorded, with findings of every kind to the end of long texts', () => {
    const rows = recorded.map((l) => JSON.parse(l) as Recorded);
    expect(rows.map((r) => `${r.name} ${r.input}`)).toEqual(inputs.map((i) => `${i.name} ${fingerprint(i.text)}`));
    const all = rows.flatMap((r) => r.findings);
    expect(all.length).toBeGreaterThan(1000);
    expect(new Set(all.map((f) => `${f.language} ${f.category}`)).size).toBe(14);
    // Below the findings cap, and found near the end: the whole long text is compared.
    const reachEnd = rows.filter((r, k) => r.findings.length < 50 && (r.findings.at(-1)?.index ?? 0) > 0.8 * (inputs[k]?.text.length ?? 0));
    expect(reachEnd.filter((r) => r.name.startsWith('long')).length).toBeGreaterThanOrEqual(3);
  });

  it('gives exactly the recorded findings for every input', () => {
    const changed = inputs.filter((_, k) => fresh[k] !== recorded[k]).map((i) => i.name);
    expect(changed).toEqual([]);
  });

  it.each(inputs.map((input, k) => [input.name, k] as const).filter(([name]) => name.startsWith('long')))('on %s', (_, k) => {
    expect(JSON.parse(fresh[k] ?? '')).toEqual(JSON.parse(recorded[k] ?? ''));
  });
});
