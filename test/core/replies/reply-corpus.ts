/** Reads the labelled reply corpus (format in test/fixtures/replies/held-out/README.md). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ReplyKind } from '../../../src/core/replies';
import { REPLY_KINDS } from '../../../src/core/replies';

export interface LabelledReply {
  file: string;
  line: number;
  kind: ReplyKind;
  lang: 'en' | 'sv';
  returnDay?: string;
  today: string;
  text: string;
}

const HEADER = /^=== (\S+) (en|sv)(?: return=(\d{4}-\d{2}-\d{2}))?\s*$/u;

export function readCorpusFile(path: string): LabelledReply[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: LabelledReply[] = [];
  let today: string | undefined;
  let current: (Omit<LabelledReply, 'text'> & { body: string[] }) | undefined;
  const flush = (): void => {
    if (current) {
      const { body, ...rest } = current;
      out.push({ ...rest, text: body.join('\n').replace(/\n+$/u, '') });
    }
  };
  lines.forEach((line, i) => {
    const header = HEADER.exec(line);
    if (line.startsWith('=== ') && !header) throw new Error(`${path}:${i + 1}: bad header ${line}`);
    if (header) {
      flush();
      const kind = header[1] as ReplyKind;
      if (!REPLY_KINDS.includes(kind)) throw new Error(`${path}:${i + 1}: unknown kind ${kind}`);
      if (today === undefined) throw new Error(`${path}: no "# today:" line before the first record`);
      current = { file: path, line: i + 1, kind, lang: header[2] as 'en' | 'sv', today, body: [] };
      if (header[3] !== undefined) current.returnDay = header[3];
      return;
    }
    if (current) current.body.push(line);
    else if (line.startsWith('# today: ')) today = line.slice('# today: '.length).trim();
  });
  flush();
  return out;
}

export function readCorpusDir(dir: string): LabelledReply[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readCorpusFile(join(dir, f)));
}
