/**
 * Every command that reads or writes notes, for the built CLI's second file,
 * dist/followups-notes.cjs: it holds the reader, the writer and the YAML library, so `--help`,
 * `--version` and `tone` (dist/followups-tone.cjs) never compile them. commands/index.ts
 * imports each command from its own file; the build points those imports here
 * (esbuild.config.mjs).
 */
import { isMainThread } from 'node:worker_threads';
import { isReadWorker, serveReadWorker } from './vault/read-in-parallel';

export { agendaCommand } from './commands/agenda';
export { checkCommand } from './commands/check';
export { draftCommand } from './commands/draft';
export { icsCommand } from './commands/ics';
export { replyCommand } from './commands/reply';
export { sentCommand } from './commands/sent';
export { STATE_COMMANDS } from './commands/set-state';
export { snoozeCommand } from './commands/snooze';
export { startCommand } from './commands/start';
export { statsCommand } from './commands/stats';

// A large vault is read on two threads: the second one is this same file, started as a worker.
if (!isMainThread && isReadWorker()) serveReadWorker();
