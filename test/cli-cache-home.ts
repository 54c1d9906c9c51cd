/**
 * Every test file gets its own empty cache folder: the CLI's cache (XDG_CACHE_HOME/followups)
 * never touches the user's own, and no test sees another's. Set before any CLI is spawned.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const home = mkdtempSync(join(tmpdir(), 'followups-test-cache-'));
process.env.XDG_CACHE_HOME = home;
afterAll(() => rmSync(home, { recursive: true, force: true }));
