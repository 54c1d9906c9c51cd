/** Settings that could not be used, on stderr: the feed or table on stdout stays clean. */
import type { Problem } from '../../core/types';

export function warnSettingsProblems(problems: readonly Problem[]): void {
  for (const p of problems) process.stderr.write(`followups: ${p.path}: ${p.message}\n`);
}
