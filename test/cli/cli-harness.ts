/**
 * Runs the built `followups` as a subprocess, the way users run it, on throwaway copies of the
 * example vault. Builds dist/followups*.cjs first when the bin is missing or older than src/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { afterAll, beforeAll, vi } from 'vitest';

export const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CLI = join(REPO, 'dist/followups.cjs');
export const EXAMPLE_VAULT = join(REPO, 'examples/vault');
export const ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Auckland'] as const;

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The builds of esbuild.config.mjs, each into a temp file renamed into place (the bin last):
 * parallel test files never see half a bundle.
 */
export async function ensureBuilt(): Promise<void> {
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= newestSource(join(REPO, 'src'))) return;
  // eslint-disable-next-line no-unsanitized/method -- a fixed file of this repo
  const config = (await import(pathToFileURL(join(REPO, 'esbuild.config.mjs')).href)) as { cliBuilds: (BuildOptions & { outfile: string })[] };
  for (const options of config.cliBuilds) {
    const outfile = join(REPO, options.outfile);
    const temp = `${outfile}.${process.pid}.tmp`;
    await build({ ...options, absWorkingDir: REPO, outfile: temp, logLevel: 'error' });
    renameSync(temp, outfile);
  }
}

/** For each test file: build if needed, and allow for Node start-up on a busy machine (each run spawns a process). */
export function useBuiltCli(): void {
  vi.setConfig({ testTimeout: 60_000 });
  beforeAll(ensureBuilt, 120_000);
  afterAll(() => {
    for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
}

const created: string[] = [];

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `columns` is the width the CLI fits its output to (COLUMNS; it is never a TTY here). Unless a
 * test asks, it is wide, so message tests read whole sentences; 'default' leaves COLUMNS unset,
 * as when piped, where the CLI must fit 80 columns (test/cli/terminal-width.test.ts).
 */
export function followups(args: readonly string[], opts: { cwd?: string; tz?: string; input?: string; env?: Record<string, string>; columns?: number | 'default' } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, TZ: opts.tz ?? process.env.TZ ?? 'UTC', COLUMNS: String(opts.columns ?? 1000), ...opts.env };
  if (opts.columns === 'default') delete env.COLUMNS;
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  if (opts.env?.FORCE_COLOR !== undefined) env.FORCE_COLOR = opts.env.FORCE_COLOR;
  if (opts.env?.NO_COLOR !== undefined) env.NO_COLOR = opts.env.NO_COLOR;
  // Room for a large vault's whole output: spawnSync's default (1 MB) would cut it off silently.
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? REPO, env, input: opts.input ?? '', encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh copy of the example vault (or of an empty folder) in the OS temp folder. */
export function tempVault(from: string | null = EXAMPLE_VAULT): string {
  const dir = mkdtempSync(join(tmpdir(), 'followups-cli-'));
  created.push(dir);
  if (from !== null) cpSync(from, dir, { recursive: true });
  return dir;
}

/** Every file under a folder with its bytes and mtime, to prove a run changed nothing. */
export function snapshot(dir: string): Map<string, { bytes: string; mtimeMs: number }> {
  const out = new Map<string, { bytes: string; mtimeMs: number }>();
  const visit = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile()) out.set(relative(dir, path), { bytes: readFileSync(path).toString('base64'), mtimeMs: statSync(path).mtimeMs });
    }
  };
  visit(dir);
  return out;
}

/** Leftover temp files from an atomic write: none may survive a run. */
export function tempFiles(dir: string): string[] {
  return [...snapshot(dir).keys()].filter((p) => p.endsWith('.tmp'));
}
