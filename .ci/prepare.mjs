// npm's `prepare` step: build the bundles so that `npm install -g .` from a fresh clone, a git
// install and `npm pack` all give a working `followups`. A fresh clone has no node_modules (npm
// links a folder install without installing its devDependencies), so they are installed first,
// from the lock file. In an installed package (no src/: the tarball ships the built dist/) there
// is nothing to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Under `npm install -g .` the child npm would inherit the global flags and refuse.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_(global|prefix|location)$/i.test(k)));
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (existsSync('src')) {
  if (!existsSync('node_modules/esbuild')) run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund']);
  run(process.execPath, ['esbuild.config.mjs', 'production']);
}
