// Issue 17: agenda filters (--context, --bucket), the default vault found upward from the current
// folder, and `agenda --json` checked against docs/agenda.schema.json (the stable contract).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { followups, REPO, tempVault, useBuiltCli } from './cli-harness';

useBuiltCli();

interface Item { path: string; context: string; bucket: string | null; topic: string | null; email: string | null; snooze: string | null }
interface AgendaJson { schemaVersion: number; items: Item[]; problems: { path: string }[] }

const TODAY = ['--today', '2026-11-25'];
const agenda = (args: string[], cwd?: string): AgendaJson => {
  const r = followups(['agenda', ...args, ...TODAY, '--json'], { cwd });
  expect([r.code, r.stderr]).toEqual([0, '']);
  return JSON.parse(r.stdout) as AgendaJson;
};

type Schema = { type?: string | string[]; const?: unknown; enum?: unknown[]; required?: string[]; properties?: Record<string, Schema>; items?: Schema };

/** The few JSON Schema keywords docs/agenda.schema.json uses, checked strictly. */
function violations(value: unknown, schema: Schema, at = '$'): string[] {
  const out: string[] = [];
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.includes(kind) && !(kind === 'integer' && types.includes('number'))) out.push(`${at}: ${kind} is not ${types.join('|')}`);
  }
  if ('const' in schema && value !== schema.const) out.push(`${at}: not ${String(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) out.push(`${at}: ${String(value)} not in enum`);
  if (kind === 'object' && value !== null) {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in obj)) out.push(`${at}.${key}: missing`);
    for (const [key, sub] of Object.entries(schema.properties ?? {})) if (key in obj) out.push(...violations(obj[key], sub, `${at}.${key}`));
    for (const key of Object.keys(obj)) if (schema.properties && !(key in schema.properties)) out.push(`${at}.${key}: not in the schema`);
  }
  if (kind === 'array' && schema.items) (value as unknown[]).forEach((v, i) => out.push(...violations(v, schema.items as Schema, `${at}[${i}]`)));
  return out;
}

describe('agenda --json contract', () => {
  const schema = JSON.parse(readFileSync(join(REPO, 'docs/agenda.schema.json'), 'utf8')) as Schema;

  it('matches docs/agenda.schema.json, field for field, with the contact fields filled in', () => {
    const json = agenda([tempVault()]);
    expect(violations(json, schema)).toEqual([]);
    expect(json.schemaVersion).toBe(1);
    const jane = json.items.find((i) => i.path === 'Jobs/Jane Doe.md');
    expect(jane).toMatchObject({ context: 'job', topic: 'the product designer role at Brightside', email: 'jane.doe@brightside.example', snooze: null });
    const sam = json.items.find((i) => i.path === 'Networking/Sam Okafor.md');
    expect(sam?.snooze).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('the checker itself catches a missing, an extra and a mistyped field', () => {
    const json = agenda([tempVault()]) as unknown as { items: Record<string, unknown>[] };
    const item: Record<string, unknown> = { ...json.items[0], extra: 1, step: 'one' };
    delete item.email;
    expect(violations({ ...json, items: [item] }, schema).sort()).toEqual(['$.items[0].email: missing', '$.items[0].extra: not in the schema', '$.items[0].step: string is not integer|null']);
  });
});

describe('agenda --context and --bucket', () => {
  it('keep only that context or that bucket, and every problem', () => {
    const vault = tempVault();
    writeFileSync(join(vault, 'Broken.md'), '---\nfollowup: maybe\n---\n');
    const all = agenda([vault]);
    const sales = agenda([vault, '--context', 'Sales']);
    expect(sales.items.map((i) => i.path)).toEqual(all.items.filter((i) => i.context === 'sales').map((i) => i.path));
    expect(sales.items.length).toBeGreaterThan(0);
    expect(sales.problems).toEqual(all.problems);
    expect(sales.problems.map((p) => p.path)).toContain('Broken.md');
    for (const bucket of ['overdue', 'today', 'week', 'later']) {
      const only = agenda([vault, '--bucket', bucket]);
      expect(only.items.map((i) => i.path)).toEqual(all.items.filter((i) => i.bucket === bucket).map((i) => i.path));
    }
    expect(agenda([vault, '--bucket', 'overdue', '--context', 'job']).items.every((i) => i.bucket === 'overdue' && i.context === 'job')).toBe(true);
  });

  it('the text agenda filters the same way', () => {
    const vault = tempVault();
    const r = followups(['agenda', vault, ...TODAY, '--bucket', 'overdue'], { cwd: vault });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Overdue \(\d+\)$/m);
    expect(r.stdout).not.toMatch(/^(Today|This week|Later) \(/m);
  });

  it('a bucket that is not one is bad usage', () => {
    const r = followups(['agenda', tempVault(), '--bucket', 'soon']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('followups: agenda: --bucket should be overdue, today, week, later; got "soon"');
  });
});

describe('the default vault', () => {
  it('is found upward from the current folder by .obsidian or .followups.json', () => {
    const vault = tempVault();
    const inside = join(vault, 'Jobs');
    expect(agenda([], inside).items.map((i) => i.path)).toEqual(agenda([vault]).items.map((i) => i.path));
    rmSync(join(vault, '.obsidian'), { recursive: true });
    writeFileSync(join(vault, '.followups.json'), '{}\n');
    expect(agenda([], inside).items.length).toBeGreaterThan(0);
    const check = followups(['check'], { cwd: inside });
    expect(check.stdout).toMatch(/follow-up notes?\.$/m);
  });

  it('outside any vault, says so (exit 2)', () => {
    const bare = tempVault(null);
    mkdirSync(join(bare, 'sub'));
    const r = followups(['agenda'], { cwd: join(bare, 'sub') });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^followups: no vault here: .*no \.obsidian folder or \.followups\.json; give the vault's folder/);
  });
});
