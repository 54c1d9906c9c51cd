/**
 * stdout and stderr at start-up without their stream objects. The first touch of
 * `process.stdout` on a pipe loads Node's stream and net modules (about 30 of them: a few ms of
 * CPU each for stdout and stderr, more than the whole `--help`). So the streams are created, and
 * guarded, on first use only, and the short outputs of `--help`, `--version`, errors and `tone`
 * go straight to the file descriptor when it is a pipe or a file. A terminal (or anything else)
 * still gets the stream. The bytes are the same either way: the text goes through the same
 * `terminalSafe`, and on Linux a pipe stream writes synchronously too.
 */
import { fstatSync, writeSync } from 'node:fs';
import type { WriteStream } from 'node:tty';
import { terminalWidth } from '../output/fit-width';
import { guardStream, terminalSafe } from '../output/terminal-text';

type StdName = 'stdout' | 'stderr';
const FD: Record<StdName, number> = { stdout: 1, stderr: 2 };
const plain: Partial<Record<StdName, boolean>> = {};

/**
 * process.stdout and process.stderr become getters that, on first use, create the stream, guard
 * it (guardStream), hand it to `onCreate` and leave it as a plain property. Where Node's getter
 * cannot be wrapped, the stream is created and guarded now.
 */
export function guardStreamsOnFirstUse(onCreate: (name: StdName, stream: WriteStream) => void): void {
  for (const name of ['stdout', 'stderr'] as const) {
    const own = Object.getOwnPropertyDescriptor(process, name);
    const get = own?.get?.bind(process);
    const guard = (stream: WriteStream): WriteStream => {
      guardStream(stream);
      onCreate(name, stream);
      return stream;
    };
    if (get === undefined || own?.configurable !== true) {
      guard(process[name]);
      continue;
    }
    Object.defineProperty(process, name, {
      configurable: true,
      enumerable: own.enumerable,
      get: () => {
        const stream = get() as WriteStream;
        Object.defineProperty(process, name, { configurable: true, enumerable: own.enumerable, writable: false, value: stream });
        return guard(stream);
      },
    });
  }
}

/**
 * Whether the stream exists: no longer behind a getter. Asked of `process`, not of this module,
 * so the tone file's copy of this module knows what the bin's copy made.
 */
function created(name: StdName): boolean {
  return Object.getOwnPropertyDescriptor(process, name)?.get === undefined;
}

/** A pipe, a socket or a file: never a terminal, so its fd can be written directly. */
function isPlain(name: StdName): boolean {
  if (plain[name] === undefined) {
    try {
      const stat = fstatSync(FD[name]);
      plain[name] = process.platform !== 'win32' && (stat.isFIFO() || stat.isFile() || stat.isSocket());
    } catch {
      plain[name] = false;
    }
  }
  return plain[name];
}

/** The width human output wraps to (terminalWidth), without creating a stream for a pipe or file. */
export function outputWidth(name: StdName): number {
  return terminalWidth(created(name) || !isPlain(name) ? process[name] : {}, process.env);
}

/** Writes `text` as the guarded stream would: terminal-safe, in order with what the stream wrote. */
export function writeOutput(name: StdName, text: string): void {
  if (created(name) || !isPlain(name)) {
    process[name].write(text);
    return;
  }
  const bytes = Buffer.from(terminalSafe(text), 'utf8');
  let at = 0;
  try {
    while (at < bytes.length) at += writeSync(FD[name], bytes, at);
  } catch (error) {
    // The reader went away (`| head`): stop quietly, as main's stdout handler does.
    if (name === 'stdout' && (error as { code?: string }).code === 'EPIPE') process.exit(0);
    // A non-blocking pipe that is full (EAGAIN), or anything odd: the stream knows how to wait.
    // Buffers pass the guard unchanged, and these bytes are already safe.
    process[name].write(bytes.subarray(at));
  }
}
