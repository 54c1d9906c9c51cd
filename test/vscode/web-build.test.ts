/**
 * The web entry is web-ready: bundled for the webworker platform (a Node module would fail the
 * build), none of its inputs is Node-only, its only import is `vscode`, and the manifest points
 * `browser` at it and declares virtual workspaces as limited, as they are.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
type Build = esbuild.BuildOptions & { outfile: string };
// The build options the packaging uses (esbuild.config.mjs is plain JS: typed here).
// eslint-disable-next-line no-unsanitized/method -- a fixed file of the repo, not input
const { vscodeBuild, vscodeWebBuild } = (await import(pathToFileURL(join(ROOT, 'esbuild.config.mjs')).href)) as { vscodeBuild: Build; vscodeWebBuild: Build };
const manifest = JSON.parse(readFileSync(join(ROOT, 'src', 'vscode', 'extension-manifest.json'), 'utf8')) as {
  main: string;
  browser: string;
  capabilities: { virtualWorkspaces: { supported: boolean | string } };
};

async function inputsAndCode(options: esbuild.BuildOptions): Promise<{ inputs: string[]; code: string }> {
  const result = await esbuild.build({ ...options, absWorkingDir: ROOT, write: false, metafile: true, minify: false, logLevel: 'silent', plugins: [] });
  return { inputs: Object.keys(result.metafile.inputs), code: result.outputFiles.map((f) => f.text).join('\n') };
}

describe('the web build of the extension', () => {
  it('bundles for the browser without any Node-only module (the CLI head reader left out)', async () => {
    const { inputs, code } = await inputsAndCode(vscodeWebBuild);
    expect(inputs).toContain('src/vscode/activate.ts');
    expect(inputs).toContain('src/core/frontmatter/read-contact-text.ts'); // pure TS, in core
    expect(inputs).not.toContain('src/cli/vault/read-note-head.ts');
    expect(inputs.filter((i) => i.startsWith('node:') || /^(fs|path|os|child_process)$/.test(i))).toEqual([]);
    const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect([...new Set(required)]).toEqual(['vscode']);
  });

  it('is a separate bundle from the desktop one, which alone reads through Node', async () => {
    const { inputs } = await inputsAndCode(vscodeBuild);
    expect(inputs).toContain('src/cli/vault/read-note-head.ts');
    expect(manifest.main).toBe(`./${vscodeBuild.outfile.split('/').pop()}`);
    expect(manifest.browser).toBe(`./${vscodeWebBuild.outfile.split('/').pop()}`);
    expect(manifest.capabilities.virtualWorkspaces.supported).toBe('limited');
  });
});
