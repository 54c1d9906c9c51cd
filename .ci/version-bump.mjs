// `npm version <x.y.z>` runs this (the "version" script) after it has bumped package.json:
// the plugin's manifest.json takes the same version, and versions.json maps it to the oldest
// Obsidian it supports (manifest.minAppVersion), as Obsidian's community-plugin list reads it.
// Run from the repository root; `--dir <folder>` points it elsewhere (tests).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const at = process.argv.indexOf('--dir');
const dir = at === -1 ? process.cwd() : (process.argv[at + 1] ?? '.');
const read = (file) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const write = (file, value) => writeFileSync(join(dir, file), `${JSON.stringify(value, null, 2)}\n`);

const { version } = read('package.json');
if (!/^\d+\.\d+\.\d+$/.test(version)) {
  process.stderr.write(`version-bump: package.json has version "${version}"; expected x.y.z (Obsidian takes no pre-release tags)\n`);
  process.exit(1);
}
const manifest = read('manifest.json');
manifest.version = version;
write('manifest.json', manifest);

const versions = read('versions.json');
versions[version] = manifest.minAppVersion;
write('versions.json', versions);
process.stdout.write(`version-bump: manifest.json and versions.json now say ${version} (Obsidian ${manifest.minAppVersion}+)\n`);
