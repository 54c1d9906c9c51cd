/** The bench's Node baselines walk a vault this one way: every Markdown file, dot-folders skipped. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function eachNote(dir, visit) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const file = join(dir, entry.name);
    if (entry.isDirectory()) eachNote(file, visit);
    else if (entry.name.endsWith('.md')) visit(file);
  }
}
