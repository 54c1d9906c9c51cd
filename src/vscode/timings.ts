/**
 * Activation and first-render times, in the output channel; also appended as one JSON line to
 * the file named by PP_VSCODE_TIMINGS (the benchmark sets it), so they can be measured from outside.
 */
import * as vscode from 'vscode';

export interface Timings {
  activateMs?: number;
  firstScanMs?: number;
  /** Of the first scan: VS Code's file search, then reading and parsing the notes. */
  findFilesMs?: number;
  readMs?: number;
  firstRenderMs?: number;
  /** Contact notes (valid or not) under the contacts folder after the first scan. */
  contacts?: number;
}

export function timingsFile(): string | undefined {
  return typeof process === 'object' ? process.env.PP_VSCODE_TIMINGS : undefined;
}

export async function reportTimings(out: vscode.OutputChannel, t: Timings): Promise<void> {
  out.appendLine(`Activated in ${t.activateMs?.toFixed(0)} ms; first scan ${t.firstScanMs?.toFixed(0)} ms (${t.contacts} contact notes); view first drawn ${t.firstRenderMs?.toFixed(0)} ms after activation started.`);
  const file = timingsFile();
  if (!file) return;
  const uri = vscode.Uri.file(file);
  let before: Uint8Array = new Uint8Array(0);
  try {
    before = await vscode.workspace.fs.readFile(uri);
  } catch {
    // First line.
  }
  const line = new TextEncoder().encode(`${JSON.stringify(t)}\n`);
  const all = new Uint8Array(before.length + line.length);
  all.set(before);
  all.set(line, before.length);
  await vscode.workspace.fs.writeFile(uri, all);
}
