/** The small questions some actions ask first: a snooze day, a cadence, a context and topic. */
import * as vscode from 'vscode';
import { CADENCE_PRESETS, parseCadence } from '../../core/cadence';
import { isValidDay } from '../../core/calendar';
import type { Day } from '../../core/types';
import { formatDay, snoozePresets } from '../../core/words';

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date like 2026-12-01 after today, or why not; the core checks it again when it decides. */
export function checkDay(value: string, today: Day): string | null {
  const m = DAY_RE.exec(value.trim());
  if (!m || !isValidDay(Number(m[1]), Number(m[2]), Number(m[3]))) return 'A date like 2026-12-01';
  return value.trim() <= today ? 'A day after today' : null;
}

export async function pickSnoozeDay(today: Day): Promise<Day | undefined> {
  const items: Array<{ label: string; description: string; until: Day | null }> = snoozePresets(today).map((p) => ({ label: p.title, description: formatDay(p.until, today), until: p.until }));
  items.push({ label: 'Pick a date…', description: '', until: null });
  const pick = await vscode.window.showQuickPick(items, { title: 'Snooze until' });
  if (!pick) return undefined;
  if (pick.until !== null) return pick.until;
  const typed = await vscode.window.showInputBox({ title: 'Snooze until', prompt: 'Not due before this day', placeHolder: 'YYYY-MM-DD', validateInput: (v) => checkDay(v, today) });
  return typed?.trim() || undefined;
}

export async function pickCadence(): Promise<string | undefined> {
  const items = [...CADENCE_PRESETS.map((p) => ({ label: p.label, description: p.value, value: p.value })), { label: 'Type your own…', description: '', value: '' }];
  const pick = await vscode.window.showQuickPick(items, { title: 'Set cadence' });
  if (!pick) return undefined;
  if (pick.value !== '') return pick.value;
  const typed = await vscode.window.showInputBox({
    title: 'Set cadence',
    prompt: 'Gaps before each follow-up, e.g. 1w, 1w, 2w',
    validateInput: (v) => {
      const parsed = parseCadence(v);
      return parsed.ok ? null : parsed.message;
    },
  });
  return typed?.trim() || undefined;
}

export async function askContext(): Promise<{ context?: string; topic?: string } | undefined> {
  const contexts = ['job', 'sales', 'networking', 'other'].map((label) => ({ label }));
  const context = await vscode.window.showQuickPick(contexts, { title: 'Start following up: what is it about?' });
  if (!context) return undefined;
  const topic = await vscode.window.showInputBox({ title: 'Start following up', prompt: 'Topic (optional), e.g. the product designer role' });
  if (topic === undefined) return undefined;
  return { ...(context.label === 'other' ? {} : { context: context.label }), ...(topic.trim() === '' ? {} : { topic }) };
}
