/**
 * One code-server for the tests: the packaged extension installed into a fresh profile whose
 * settings turn Workspace Trust off (else the extension never activates) and quiet everything
 * that would reach out; the gallery points at a closed loopback port. Served on 127.0.0.1 only,
 * without auth.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const REPO = join(import.meta.dirname, '..', '..', '..', '..');
export const VSIX = join(REPO, 'dist', 'pleasantly-persistent.vsix');

export type Theme = 'light' | 'dark';
export const THEMES: Record<Theme, string> = { light: 'Default Light Modern', dark: 'Default Dark Modern' };

/** The installed launcher (installs code-server the first time on this machine). */
export function codeServerPath(): string {
  const out = execFileSync('bash', [join(import.meta.dirname, '..', 'install-code-server.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const last = out.trim().split('\n').pop();
  if (!last) throw new Error('install-code-server.sh printed no launcher path');
  return last;
}

export function userSettings(theme: Theme): Record<string, unknown> {
  return {
    'security.workspace.trust.enabled': false,
    'workbench.colorTheme': THEMES[theme],
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'editor.minimap.enabled': false,
    'window.restoreWindows': 'none',
    'files.autoSave': 'off',
    'git.enabled': false,
  };
}

export function writeUserSettings(profile: string, theme: Theme): void {
  mkdirSync(join(profile, 'User'), { recursive: true });
  writeFileSync(join(profile, 'User', 'settings.json'), `${JSON.stringify(userSettings(theme), null, 2)}\n`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  log: string[];
  stop(): Promise<void>;
}

const GALLERY = JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item', resourceUrlTemplate: 'http://127.0.0.1:9/resource' });

export function installExtension(bin: string, profile: string, extensions: string): void {
  execFileSync(bin, ['--user-data-dir', profile, '--extensions-dir', extensions, '--install-extension', VSIX, '--force'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, EXTENSIONS_GALLERY: GALLERY },
    timeout: 180_000,
  });
}

export async function startCodeServer(bin: string, profile: string, extensions: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const args = ['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--user-data-dir', profile, '--extensions-dir', extensions];
  const child = spawn(bin, args, { env: { ...process.env, EXTENSIONS_GALLERY: GALLERY, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const log: string[] = [];
  child.stdout?.on('data', (d: Buffer) => log.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => log.push(d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${log.join('')}`);
    if (await answers(`${url}/healthz`)) break;
    if (Date.now() > deadline) throw new Error(`code-server did not answer on ${url} within 3 minutes:\n${log.join('')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((r) => child.once('exit', r));
    // The whole group: code-server forks the extension host and its helpers.
    process.kill(-child.pid, 'SIGTERM');
    const timer = setTimeout(() => child.pid !== undefined && child.exitCode === null && process.kill(-child.pid, 'SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  return { url, process: child, log, stop };
}

/** True when the URL answers 200; false while nothing listens yet. */
function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = get(url, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(5_000, () => req.destroy());
  });
}
