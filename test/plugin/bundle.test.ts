/**
 * The shipped plugin: `main.js` as esbuild bundles it, loaded the way Obsidian loads it (a
 * CommonJS module whose `require('obsidian')` is the app's), with the files Obsidian reads.
 * It must not need Node (Obsidian mobile has none) and must register its parts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import type { Plugin as PluginOriginal, PluginManifest } from 'obsidian';
import * as obsidian from 'obsidian-test-mocks/obsidian';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureFiles } from './support/fixture-vault';

const REPO = join(__dirname, '../..');
const MAIN = join(REPO, 'main.js');
const NODE_ONLY = ['fs', 'path', 'os', 'child_process', 'crypto', 'buffer', 'stream', 'util', 'worker_threads', 'gray-matter'];

beforeAll(() => {
  // `npm test` builds first; a plain `vitest run` may find no bundle, or an old one.
  if (!existsSync(MAIN) || statSync(MAIN).mtimeMs < statSync(join(REPO, 'src/main.ts')).mtimeMs) {
    execFileSync(process.execPath, ['esbuild.config.mjs', 'production'], { cwd: REPO, stdio: 'ignore' });
  }
}, 120_000);

describe('main.js', () => {
  it('requires nothing but obsidian at run time (no Node built-ins, no gray-matter)', () => {
    const code = readFileSync(MAIN, 'utf8');
    const required = [...code.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['obsidian']));
    for (const name of NODE_ONLY) expect(code).not.toMatch(new RegExp(`require\\(\\s*["'\`](node:)?${name}["'\`]`));
    expect(code).not.toMatch(/\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML/);
  });

  it('loads as Obsidian loads it and registers the view, block, commands and settings tab', async () => {
    const module = { exports: {} as { default?: new (app: unknown, manifest: PluginManifest) => PluginOriginal } };
    const requireShim = (id: string): unknown => {
      if (id !== 'obsidian') throw new Error(`main.js asked for ${id}`);
      return obsidian;
    };
    // Node's own CommonJS wrapper, run in this (jsdom) realm so the bundle sees the DOM.
    const load = runInThisContext(`(function (require, module, exports) {${readFileSync(MAIN, 'utf8')}\n})`, { filename: MAIN }) as (
      r: typeof requireShim,
      m: typeof module,
      e: typeof module.exports,
    ) => void;
    load(requireShim, module, module.exports);
    const PluginClass = module.exports.default;
    expect(PluginClass).toBeTypeOf('function');
    if (!PluginClass) return;

    const manifest = JSON.parse(readFileSync(join(REPO, 'manifest.json'), 'utf8')) as PluginManifest;
    const app = obsidian.App.createConfigured__({ files: fixtureFiles() });
    app.workspace.setLayoutReady__();
    const plugin = new PluginClass(app.asOriginalType__(), manifest);
    await plugin.onload();
    const mock = obsidian.Plugin.fromOriginalType2__(plugin);
    expect([...mock.markdownCodeBlockProcessors__.keys()]).toEqual(['followups']);
    expect(mock.views__.size).toBe(2);
    expect(mock.settingTabs__).toHaveLength(1);
    expect([...mock.commands__.keys()].map((id) => id.replace(/^.*:/, '')).sort()).toEqual(
      ['append-draft', 'check-tone', 'copy-draft', 'log-reply', 'log-sent', 'mark-replied', 'new-contact', 'open-in-mail', 'open-next', 'set-cadence', 'show-stats', 'show-view', 'snooze', 'start', 'stop', 'toggle-pause'].sort(),
    );
  });
});

describe('release files', () => {
  it('manifest.json is what Obsidian and the community list need, and versions.json maps its version', () => {
    const manifest = JSON.parse(readFileSync(join(REPO, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ id: 'pleasantly-persistent', name: 'Pleasantly Persistent', minAppVersion: '1.7.2', isDesktopOnly: false });
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    const versions = JSON.parse(readFileSync(join(REPO, 'versions.json'), 'utf8')) as Record<string, string>;
    expect(versions[String(manifest.version)]).toBe('1.7.2');
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(pkg.version).toBe(manifest.version);
  });
});
