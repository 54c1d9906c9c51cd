/**
 * A sibling bundle (dist/followups-tone.cjs) loaded with V8's code cache: most of `tone`'s
 * start-up is V8 compiling the file and then, lazily, each function it runs. The compiled code
 * is kept in the CLI's cache folder (`$XDG_CACHE_HOME/followups/`, else `~/.cache/followups/`,
 * as for the vault cache) and handed back to V8 next time.
 *
 * The cache can only ever make it faster, never different:
 * - It is used only for exactly the bundle it was made from: the file holds a copy of the
 *   bundle's bytes, compared in full (no hash: node:crypto alone costs more start-up than the
 *   cache saves). Its name carries the Node version, the platform and Node's flags; V8 checks
 *   its own version and flags too and rejects a cache that does not fit.
 * - V8 does not check the compiled bytes themselves (a damaged byte crashes Node), so they are
 *   stored twice and both copies must be equal, and every length must add up.
 * - Compiled code runs as the user, so it is read from, and written to, only a folder that the
 *   user owns and no one else may write to (the folder is made 0700): a cache folder on a shared
 *   disk, or one another user made, is never used.
 * - Anything unreadable, damaged or rejected is ignored: the bundle compiles as without a cache,
 *   and the cache is written again at exit, after the run (so the functions it compiled are in
 *   it), atomically (a unique temp file renamed into place). No error here may fail a command.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { Script } from 'node:vm';
import { cacheFolder } from '../cache/cache-folder';

const MAGIC = Buffer.from('followups code cache 1\n', 'latin1');
/** Lengths after the magic: the bundle's bytes, the compiled code (stored twice). */
const HEAD = MAGIC.length + 8;

/** The CLI's cache folder (as for the vault cache), or none without an absolute HOME or XDG_CACHE_HOME. */
export function codeCacheDir(env: Readonly<Record<string, string | undefined>>): string | undefined {
  // os.homedir() would be HOME when set; without HOME there is simply no code cache.
  const dir = cacheFolder(env, env.HOME ?? '');
  return isAbsolute(dir) ? dir : undefined;
}

/** A folder of this user's that no one else can write to (no such check on Windows: no cache). */
export function isPrivateDir(dir: string): boolean {
  const uid = process.getuid?.();
  if (uid === undefined) return false;
  try {
    const stat = statSync(dir);
    return stat.isDirectory() && stat.uid === uid && (stat.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/** One bundle's cache file: per Node version, platform and flags (each compiles differently). */
export function codeCacheFile(dir: string, bundle: string): string {
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ');
  return join(dir, `code-${basename(bundle)}-${process.version}-${process.platform}-${process.arch}-${shortHash(flags)}.v8`);
}

/** A tiny string hash for a file name (the flags), not for any check. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** The compiled code in `bytes` when it is a whole, undamaged cache of exactly `source`. */
export function cachedCode(bytes: Buffer, source: Buffer): Buffer | undefined {
  if (bytes.length < HEAD || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const sourceLength = bytes.readUInt32LE(MAGIC.length);
  const codeLength = bytes.readUInt32LE(MAGIC.length + 4);
  if (codeLength === 0 || bytes.length !== HEAD + sourceLength + 2 * codeLength) return undefined;
  if (!bytes.subarray(HEAD, HEAD + sourceLength).equals(source)) return undefined;
  const code = bytes.subarray(HEAD + sourceLength, HEAD + sourceLength + codeLength);
  return code.equals(bytes.subarray(HEAD + sourceLength + codeLength)) ? code : undefined;
}

/** The cache file for `source`: magic, the two lengths, the bundle's bytes, the code twice. */
export function cacheBytes(source: Buffer, code: Buffer): Buffer {
  const lengths = Buffer.alloc(8);
  lengths.writeUInt32LE(source.length, 0);
  lengths.writeUInt32LE(code.length, 4);
  return Buffer.concat([MAGIC, lengths, source, code, code]);
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes the cache atomically, and removes this bundle's caches for other Node versions or flags. */
function saveCache(file: string, bytes: Buffer): void {
  const dir = dirname(file);
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!isPrivateDir(dir)) return;
    writeFileSync(temp, bytes, { mode: 0o600 });
    renameSync(temp, file);
    const prefix = basename(file).replace(/-v\d.*$/, '-');
    for (const name of readdirSync(dir)) {
      if (name.startsWith(prefix) && name.endsWith('.v8') && name !== basename(file)) unlinkSync(join(dir, name));
    }
  } catch {
    // A read-only or full disk: next time compiles without a cache, as now.
    try {
      unlinkSync(temp);
    } catch {
      // Never written.
    }
  }
}

/**
 * `require(bundle)`, compiled with the cached code when there is a cache that fits. The bundle
 * is a CommonJS file of this build that requires only Node's own modules.
 */
export function loadBundle(bundle: string, env: Readonly<Record<string, string | undefined>> = process.env): unknown {
  const source = readFileSync(bundle);
  // A `#!` line is only valid at the very start of a file: such a file is required as it is.
  if (source[0] === 0x23 && source[1] === 0x21) return createRequire(bundle)(bundle);
  const dir = codeCacheDir(env);
  const file = dir === undefined ? undefined : codeCacheFile(dir, bundle);
  const stored = file === undefined || dir === undefined || !isPrivateDir(dir) ? undefined : readOrUndefined(file);
  const cachedData = stored === undefined ? undefined : cachedCode(stored, source);
  // The same wrapper as Node's require: the same five names, on the same first line.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source.toString('utf8')}\n});`, { filename: bundle, cachedData });
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} as unknown, filename: bundle, id: bundle, loaded: false };
  wrapper.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  module.loaded = true;
  if (file !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
    process.once('exit', () => {
      try {
        saveCache(file, cacheBytes(source, script.createCachedData()));
      } catch {
        // No cache this time.
      }
    });
  }
  return module.exports;
}
