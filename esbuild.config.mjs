import esbuild from 'esbuild';
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

// Run as a script: `production` builds both once; otherwise the plugin is rebuilt on change.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv[2] === 'production') {
    await Promise.all([esbuild.build(pluginBuild), esbuild.build(cliBuild)]);
  } else {
    const ctx = await esbuild.context({ ...pluginBuild, minify: false, sourcemap: 'inline' });
    await ctx.watch();
  }
}
