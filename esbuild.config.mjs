import esbuild from 'esbuild';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Third-party code inside a bundle keeps its licence notice (yaml's ISC licence asks for it in
 * every copy): after each build, the licence of every npm package the bundle took code from is
 * appended to the output as a comment, found from esbuild's metafile so it can never go stale.
 */
export const licenseNotices = {
  name: 'license-notices',
  setup(build) {
    build.initialOptions.metafile = true;
    build.onEnd((result) => {
      if (result.errors.length > 0 || !result.metafile) return;
      for (const [outfile, output] of Object.entries(result.metafile.outputs)) {
        if (!outfile.endsWith('.js') && !outfile.endsWith('.cjs')) continue;
        const packages = new Set();
        for (const input of Object.keys(output.inputs)) {
          const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
          if (m) packages.add(m[1]);
        }
        if (packages.size > 0) appendFileSync(outfile, noticeComment([...packages].sort()));
      }
    });
  },
};

function noticeComment(packages) {
  const parts = packages.map((name) => {
    const dir = `node_modules/${name}`;
    const { version, license } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
    const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license'].map((f) => `${dir}/${f}`).find(existsSync);
    const text = file ? readFileSync(file, 'utf8').trim() : `Licensed under ${license}.`;
    return `${name} ${version} (${license})\n\n${text}`;
  });
  return `\n/*! Third-party code in this file, with its licence:\n\n${parts.join('\n\n---\n\n').replaceAll('*/', '* /')}\n*/\n`;
}

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
  plugins: [licenseNotices],
};

/**
 * The `followups` command line: Node, with its dependencies bundled so it starts fast, in three
 * files so each command compiles only what it runs. dist/followups.cjs (the bin) holds the
 * command table and the help; the notes' commands (reader, writer, YAML) are
 * dist/followups-notes.cjs, the tone check dist/followups-tone.cjs. commands/index.ts imports
 * each command's own file; `lazyCommands` points those imports at the file that holds it.
 */
const CLI_COMMON = { bundle: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'info' };

export const lazyCommands = {
  name: 'lazy-commands',
  setup(build) {
    build.onResolve({ filter: /^\.\/[a-z-]+$/ }, (args) => {
      if (args.kind !== 'dynamic-import' || !args.importer.replaceAll('\\', '/').endsWith('/src/cli/commands/index.ts')) return undefined;
      // tone, the one command that must start fast, is compiled with V8's code cache (src/cli/startup/code-cache.ts).
      if (args.path === './tone') return { path: 'followups-tone.cjs', namespace: 'code-cached' };
      return { path: './followups-notes.cjs', external: true };
    });
    build.onLoad({ filter: /.*/, namespace: 'code-cached' }, (args) => ({
      contents: `const { loadBundle } = require('./code-cache');\nmodule.exports = loadBundle(require('node:path').join(__dirname, ${JSON.stringify(args.path)}));\n`,
      resolveDir: fileURLToPath(new URL('src/cli/startup', import.meta.url)),
      loader: 'js',
    }));
  },
};

export const cliBuilds = [
  { ...CLI_COMMON, entryPoints: ['src/cli/note-commands.ts'], outfile: 'dist/followups-notes.cjs', plugins: [licenseNotices] },
  { ...CLI_COMMON, entryPoints: ['src/cli/commands/tone.ts'], outfile: 'dist/followups-tone.cjs', plugins: [licenseNotices] },
  // import() becomes require(): Node's ESM loader would cost more start-up than it saves.
  { ...CLI_COMMON, entryPoints: ['src/cli/main.ts'], outfile: 'dist/followups.cjs', banner: { js: '#!/usr/bin/env node' }, supported: { 'dynamic-import': false }, plugins: [lazyCommands, licenseNotices] },
];

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
  plugins: [licenseNotices],
};

/**
 * The web entry (`browser` in the manifest) for VS Code for the Web: the webworker platform, so
 * a Node module reaching it fails the build; its metafile lists every input for the test.
 */
export const vscodeWebBuild = {
  ...vscodeBuild,
  entryPoints: ['src/vscode/extension-web.ts'],
  outfile: 'dist/vscode/extension-web.js',
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
};

/** dist/vscode/: the bundles plus the manifest kept in src/vscode (versioned like the plugin), for `vsce package`. */
export async function buildVscode() {
  await Promise.all([esbuild.build(vscodeBuild), esbuild.build(vscodeWebBuild)]);
  const manifest = JSON.parse(readFileSync('src/vscode/extension-manifest.json', 'utf8'));
  manifest.version = JSON.parse(readFileSync('package.json', 'utf8')).version;
  mkdirSync('dist/vscode', { recursive: true });
  writeFileSync('dist/vscode/package.json', `${JSON.stringify(manifest, null, 2)}\n`);
  cpSync('src/vscode/README.md', 'dist/vscode/README.md');
  cpSync('LICENSE', 'dist/vscode/LICENSE');
  cpSync('src/vscode/media', 'dist/vscode/media', { recursive: true });
}

// Run as a script: `production` builds all once, `vscode` only the extension; otherwise the
// plugin is rebuilt on change.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv[2] === 'production') {
    await Promise.all([esbuild.build(pluginBuild), ...cliBuilds.map((b) => esbuild.build(b)), buildVscode()]);
  } else if (process.argv[2] === 'vscode') {
    await buildVscode();
  } else {
    const ctx = await esbuild.context({ ...pluginBuild, minify: false, sourcemap: 'inline' });
    await ctx.watch();
  }
}
