import esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { pathToFileURL } from 'node:url';

/** The Obsidian plugin: one CommonJS file, with what Obsidian provides at run time left out. */
export const pluginBuild = {
  entryPoints: ['src/main.ts'],
  outfile: 'main.js',
  bundle: true,
  format: 'cjs',
  platform: 'browser',
  target: 'es2022',
  external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*', ...builtinModules],
  minify: true,
  treeShaking: true,
  logLevel: 'info',
};

/** The `followups` command line: Node, with its dependencies bundled so it starts fast. */
export const cliBuild = {
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/followups.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'info',
};

/** The VS Code extension: one CommonJS file for the extension host; `vscode` is provided there. */
export const vscodeBuild = {
  entryPoints: ['src/vscode/extension.ts'],
  outfile: 'dist/vscode/extension.js',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['vscode'],
  minify: true,
  logLevel: 'info',
};

/** dist/vscode/: the bundle plus the manifest kept in src/vscode (versioned like the plugin), for `vsce package`. */
export async function buildVscode() {
  await esbuild.build(vscodeBuild);
  const manifest = JSON.parse(readFileSync('src/vscode/extension-manifest.json', 'utf8'));
  manifest.version = JSON.parse(readFileSync('package.json', 'utf8')).version;
  mkdirSync('dist/vscode', { recursive: true });
  writeFileSync('dist/vscode/package.json', `${JSON.stringify(manifest, null, 2)}\n`);
  cpSync('src/vscode/README.md', 'dist/vscode/README.md');
  cpSync('src/vscode/media', 'dist/vscode/media', { recursive: true });
}

// Run as a script: `production` builds all once, `vscode` only the extension; otherwise the
// plugin is rebuilt on change.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv[2] === 'production') {
    await Promise.all([esbuild.build(pluginBuild), esbuild.build(cliBuild), buildVscode()]);
  } else if (process.argv[2] === 'vscode') {
    await buildVscode();
  } else {
    const ctx = await esbuild.context({ ...pluginBuild, minify: false, sourcemap: 'inline' });
    await ctx.watch();
  }
}
