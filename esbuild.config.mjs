import esbuild from 'esbuild';
import { builtinModules } from 'node:module';

const production = process.argv[2] === 'production';

// The Obsidian plugin: one CommonJS file, with what Obsidian provides at run time left out.
const plugin = {
  entryPoints: ['src/main.ts'],
  outfile: 'main.js',
  bundle: true,
  format: 'cjs',
  platform: 'browser',
  target: 'es2022',
  external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*', ...builtinModules],
  sourcemap: production ? false : 'inline',
  minify: production,
  treeShaking: true,
  logLevel: 'info',
};

// The `followups` command line: Node, with its dependencies bundled so it starts fast.
const cli = {
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/followups.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  sourcemap: false,
  logLevel: 'info',
};

if (production) {
  await Promise.all([esbuild.build(plugin), esbuild.build(cli)]);
} else {
  const ctx = await esbuild.context(plugin);
  await ctx.watch();
}
