/**
 * The VS Code extension on a big workspace: activation time and the time until the Follow-ups
 * view first shows its groups, in real code-server. `node bench/vscode-activation.mjs [notes]`
 * (default 50000; run `npm run package:vscode` and `node bench/make-vault.mjs <notes>` first).
 * The extension reports its own timings to PP_VSCODE_TIMINGS; the wall clock from opening the
 * workbench to the first group row is measured here too.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const notes = Number(process.argv[2] ?? 50000);
const repo = join(import.meta.dirname, '..');
const vault = join(repo, 'bench', '.vaults', String(notes));
const vsix = join(repo, 'dist', 'pleasantly-persistent.vsix');
if (!existsSync(join(vault, '.complete')) && !existsSync(vault)) throw new Error(`no vault at ${vault}: run node bench/make-vault.mjs ${notes}`);
if (!existsSync(vsix)) throw new Error(`no ${vsix}: run npm run package:vscode`);

const bin = execFileSync('bash', [join(repo, 'test', 'vscode', 'integration', 'install-code-server.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop();
const root = mkdtempSync(join(tmpdir(), 'pp-vscode-bench-'));
const profile = join(root, 'profile');
const extensions = join(root, 'extensions');
const timings = join(root, 'timings.jsonl');
mkdirSync(join(profile, 'User'), { recursive: true });
writeFileSync(join(profile, 'User', 'settings.json'), JSON.stringify({ 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off', 'extensions.autoCheckUpdates': false, 'workbench.startupEditor': 'none', 'git.enabled': false }));
const gallery = JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' });
const env = { ...process.env, EXTENSIONS_GALLERY: gallery, PP_VSCODE_TIMINGS: timings };
execFileSync(bin, ['--user-data-dir', profile, '--extensions-dir', extensions, '--install-extension', vsix], { stdio: 'ignore', env });

const port = 18000 + Math.floor(Math.random() * 1000);
const server = spawn(bin, ['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--user-data-dir', profile, '--extensions-dir', extensions], { env, stdio: 'ignore', detached: true });
const ok = (url) => new Promise((resolve) => get(url, (r) => (r.resume(), resolve(r.statusCode === 200))).on('error', () => resolve(false)));
while (!(await ok(`http://127.0.0.1:${port}/healthz`))) await new Promise((r) => setTimeout(r, 200));

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const t0 = performance.now();
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(vault)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 300_000 });
  const workbenchMs = performance.now() - t0;
  await page.locator('.activitybar a[aria-label="Follow-ups"]').click({ timeout: 300_000 });
  await page.locator('.pane .monaco-list-row[aria-level="1"]').first().waitFor({ timeout: 600_000 });
  const rowsMs = performance.now() - t0;
  let reported = null;
  for (let i = 0; i < 600 && reported === null; i++) {
    const lines = existsSync(timings) ? readFileSync(timings, 'utf8').trim().split('\n').filter(Boolean) : [];
    if (lines.length > 0) reported = JSON.parse(lines[lines.length - 1]);
    else await new Promise((r) => setTimeout(r, 100));
  }
  process.stdout.write(`${JSON.stringify({ notes, ...reported, workbenchMs: Math.round(workbenchMs), pageToFirstGroupRowMs: Math.round(rowsMs) }, null, 2)}\n`);
} finally {
  await browser.close();
  process.kill(-server.pid, 'SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(root, { recursive: true, force: true });
}
