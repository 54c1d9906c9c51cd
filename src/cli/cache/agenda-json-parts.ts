/**
 * `agenda --json` built from per-note parts, so a repeat run after one edit re-plans and
 * re-renders only that note: each contact's item is planned and stringified on its own (as the
 * whole agenda would print it), kept with its sort key, and the output is the sorted parts
 * joined into the core's own skeleton. The same bytes as `JSON.stringify(agendaToJson(...), null, 2)`
 * (bench/same-output.mjs and test/cli/vault/agenda-json-parts.test.ts hold it to that).
 */
import { agendaToJson, filterAgenda, planOrProblem, type AgendaFilter } from '../../core/agenda';
import type { ReadResult } from '../../core/schema';
import type { Settings } from '../../core/settings';
import type { Day, Problem } from '../../core/types';

/** One note's share of the output: its item (when it shows), and its problems. */
export interface NoteParts {
  /** The item's sort key (due, lower-cased name) and its JSON, or null when it does not show. */
  item: [due: Day | null, name: string, json: string] | null;
  /** Each problem's path (the sort key) and JSON. */
  problems: [path: string, json: string][];
}

/**
 * An item or problem as JSON.stringify(agenda, null, 2) prints it, two levels deep (in a list in
 * the top object): stringified at that depth and cut out, `[\n  [\n` before it and `\n  ]\n]` after.
 */
const nested = (value: unknown): string => JSON.stringify([[value]], null, 2).slice(6, -6);

/** What the core plans for one read result, rendered: the agenda's per-note work. */
export function noteParts(read: ReadResult, settings: Settings, today: Day, filter: AgendaFilter): NoteParts {
  const problems = (list: readonly Problem[]): NoteParts['problems'] => problemParts(list, today);
  if (!read.ok) return { item: null, problems: problems(read.problems) };
  const planned = planOrProblem(read.contact, settings, today);
  if (!planned.ok) return { item: null, problems: problems([planned.problem]) };
  const agenda = filterAgenda({ today, items: [{ contact: read.contact, plan: planned.plan }], problems: [] }, filter);
  const json = agendaToJson(agenda).items[0];
  return { item: json === undefined ? null : [planned.plan.due, read.contact.name.toLowerCase(), nested(json)], problems: [] };
}

/** Problems as the output prints them, each with its path (the sort key). */
export function problemParts(list: readonly Problem[], today: Day): [path: string, json: string][] {
  return agendaToJson({ today, items: [], problems: [...list] }).problems.map((p) => [p.path, nested(p)]);
}

/** An item in the output's order: its note's path breaks ties, as the core's buildAgenda sorts. */
export interface PlacedItem {
  due: Day | null;
  name: string;
  path: string;
  /** Its JSON as UTF-8 (a slice of a saved output, or a fresh part encoded). */
  json: Uint8Array;
}

/** buildAgenda's order: due date (undated last), lower-cased name, path; never the locale's. */
export function compareItems(a: PlacedItem, b: PlacedItem): number {
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Stable by path, as buildAgenda sorts problems (ties keep their order). */
export const compareProblems = (a: readonly [string, unknown], b: readonly [string, unknown]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Between two parts of a list, encoded once (10k times per output). */
const BETWEEN = Buffer.from(',\n', 'utf8');

/** The output as UTF-8, and where each item's and problem's JSON sits in it ([start, end) in bytes). */
export interface JoinedAgenda {
  bytes: Buffer;
  items: [start: number, end: number][];
  problems: [start: number, end: number][];
}

/**
 * The whole output from sorted items and sorted problems: the core's skeleton for an empty
 * agenda, with the two lists put in (so a field the core adds shows here too). Joined as bytes:
 * parts taken from a saved output are never decoded and encoded again. The ranges let a later
 * run take each part back out of the saved bytes instead of keeping a second copy.
 */
export function joinAgendaJson(today: Day, items: readonly PlacedItem[], problems: readonly (readonly [string, Uint8Array])[]): JoinedAgenda {
  const skeleton = JSON.stringify(agendaToJson({ today, items: [], problems: [] }), null, 2);
  const itemsAt = skeleton.indexOf('"items": []');
  const problemsAt = skeleton.indexOf('"problems": []');
  if (itemsAt === -1 || problemsAt === -1 || problemsAt < itemsAt) throw new Error('agenda JSON skeleton changed: expected "items" then "problems"');
  const pieces: Uint8Array[] = [];
  let at = 0;
  const put = (piece: string | Uint8Array): void => {
    const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    pieces.push(bytes);
    at += bytes.length;
  };
  const list = (parts: readonly Uint8Array[]): [number, number][] => {
    const ranges: [number, number][] = [];
    if (parts.length === 0) {
      put('[]');
      return ranges;
    }
    put('[\n');
    parts.forEach((part, k) => {
      if (k > 0) put(BETWEEN);
      ranges.push([at, at + part.length]);
      put(part);
    });
    put('\n  ]');
    return ranges;
  };
  put(`${skeleton.slice(0, itemsAt)}"items": `);
  const itemRanges = list(items.map((i) => i.json));
  put(`${skeleton.slice(itemsAt + '"items": []'.length, problemsAt)}"problems": `);
  const problemRanges = list(problems.map((p) => p[1]));
  put(`${skeleton.slice(problemsAt + '"problems": []'.length)}\n`);
  return { bytes: Buffer.concat(pieces, at), items: itemRanges, problems: problemRanges };
}
