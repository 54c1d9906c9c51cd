// Issue 12.5: a name, context, topic or file name holding ESC/BEL sequences must not reach the
// terminal raw (window title, screen clear, disguised OSC 8 links). Human output shows control
// characters escaped; --json output keeps the same values.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agendaText } from '../../src/cli/output/agenda-text';
import { paletteFor } from '../../src/cli/output/colour';
import { showControls, terminalSafe } from '../../src/cli/output/terminal-text';
import { buildAgenda } from '../../src/core/agenda';
import { readContact } from '../../src/core/schema';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { followups, tempVault, useBuiltCli } from './cli-harness';

useBuiltCli();

const TITLE = '\u001b]0;pwned\u0007';
const CLEAR = '\u001b[2J';
// A raw control character (C0 but newline/tab, DEL, C1) or a bidi override.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function hostileVault(): { vault: string; note: string } {
  const vault = tempVault(null);
  const file = `Eve${CLEAR}.md`;
  // YAML double quotes spell ESC as \e and BEL as \a: real frontmatter as a user (or a paste) holds it.
  writeFileSync(
    join(vault, file),
    '---\nfollowup: active\nname: "Eve\\e]0;pwned\\a"\ncontext: "job\\e[2J"\ntopic: "\\e]8;;https://evil.example/\\e\\\\Jane\\e]8;;\\e\\\\ \\u202eevil"\ncontacted: [2026-11-04 09:00]\n---\n',
  );
  writeFileSync(join(vault, `Bad${TITLE}.md`), '---\nfollowup: "maybe\\e[2J"\n---\n');
  return { vault, note: join(vault, file) };
}

describe('terminal text', () => {
  it('shows every control character as a \\u escape and keeps text, newlines and tabs', () => {
    expect(showControls(`a${TITLE}b\tc\nd\u202e\u009b`)).toBe('a\\u001b]0;pwned\\u0007b\\u0009c\\u000ad\\u202e\\u009b');
    expect(terminalSafe(`a${CLEAR}\tb\r\nc\rd\n`)).toBe('a\\u001b[2J\tb\r\nc\\u000dd\n');
    expect(terminalSafe('Jäne Doé 🙂, 李')).toBe('Jäne Doé 🙂, 李');
  });

  it('keeps only the colours it paints itself', () => {
    const palette = paletteFor({ isTTY: true }, {});
    expect(terminalSafe(palette.bold(palette.red('x')))).toBe(palette.bold(palette.red('x')));
    const agenda = buildAgenda(
      [readContact('n.md', { followup: 'active', name: `Eve${CLEAR}\u001b[31m`, contacted: '2026-11-04' })],
      DEFAULT_SETTINGS,
      '2026-11-25',
    );
    const text = agendaText(agenda, palette);
    expect(text).toContain('Eve\\u001b[2J\\u001b[31m');
    expect(text).not.toContain(CLEAR);
    expect(text).not.toContain('\u001b[31mEve');
  });
});

describe('commands print hostile values escaped', () => {
  it('agenda and check', () => {
    const { vault } = hostileVault();
    for (const args of [['agenda', vault, '--today', '2026-11-25'], ['check', vault]]) {
      const r = followups(args);
      expect(r.stdout + r.stderr, args[0]).not.toMatch(RAW);
      expect(r.stdout, args[0]).toContain('\\u001b]0;pwned\\u0007');
    }
  });

  it('agenda --json keeps the values exactly', () => {
    const { vault } = hostileVault();
    const r = followups(['agenda', vault, '--today', '2026-11-25', '--json']);
    const json = JSON.parse(r.stdout) as { items: { name: string; path: string }[] };
    expect(json.items.map((i) => [i.name, i.path])).toEqual([[`Eve${TITLE}`, `Eve${CLEAR}.md`]]);
  });

  it('draft, sent and a refusal', () => {
    const { vault, note } = hostileVault();
    const runs = [
      followups(['draft', note, '--today', '2026-11-25']),
      followups(['sent', note, '--at', '2026-11-25 10:00']),
      // `stop` works even on a broken note (it must); `pause` refuses it, quoting the bad value.
      followups(['pause', join(vault, `Bad${TITLE}.md`)]),
    ];
    for (const r of runs) {
      expect(r.stdout + r.stderr).not.toMatch(RAW);
      expect(r.stdout + r.stderr).toContain('\\u001b');
    }
    expect(runs.map((r) => r.code)).toEqual([0, 0, 1]);
  });
});
