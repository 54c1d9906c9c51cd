// The release workflow's guard: the pushed tag must equal the version in package.json and
// manifest.json, and versions.json must list it. Usage: node .ci/check-version.mjs <tag> [--dir <folder>]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const tag = process.argv[2] ?? '';
const at = process.argv.indexOf('--dir');
const dir = at === -1 ? process.cwd() : (process.argv[at + 1] ?? '.');
const read = (file) => JSON.parse(readFileSync(join(dir, file), 'utf8'));

const problems = [];
const pkg = read('package.json').version;
const manifest = read('manifest.json').version;
const versions = read('versions.json');
if (tag.startsWith('v')) problems.push(`the tag "${tag}" starts with "v"; Obsidian expects the bare version ("${tag.slice(1)}")`);
if (pkg !== tag) problems.push(`package.json says ${pkg}, the tag says ${tag}`);
if (manifest !== tag) problems.push(`manifest.json says ${manifest}, the tag says ${tag}`);
if (!(tag in versions)) problems.push(`versions.json has no entry for ${tag}`);
if (problems.length > 0) {
  process.stderr.write(`check-version: ${problems.join('; ')}. Run \`npm version <x.y.z>\` to bump all three.\n`);
  process.exit(1);
}
process.stdout.write(`check-version: ${tag} everywhere\n`);
