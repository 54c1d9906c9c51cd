/**
 * `followups --version`: the version in the package.json shipped beside `dist/` (the bundle
 * lives in dist/, installed or not), so the number is never copied into the code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function cliVersion(): string {
  try {
    const json = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version?: unknown };
    return typeof json.version === 'string' ? json.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
