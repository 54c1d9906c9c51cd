/** The test API the harness page puts on `window.__pp`, shared by the page and the tests. */

export type Theme = 'light' | 'dark';

export interface PpApi {
  /** The note's text as the fake vault holds it now. */
  readNote(path: string): Promise<string>;
  /** Writes (or creates) a note, as an edit in Obsidian would; the metadata cache follows. */
  modifyNote(path: string, text: string): Promise<void>;
  /** The frontmatter the fake metadata cache parsed for the note. */
  frontmatter(path: string): Record<string, unknown> | null;
  /** Every note path in the fake vault. */
  paths(): string[];
  setTheme(theme: Theme): void;
  /** Notices shown so far (the plugin's feedback and refusals). */
  notices(): string[];
  /** Notes the "open" buttons and links asked to open, in order. */
  opened(): string[];
}

declare global {
  interface Window {
    __pp?: PpApi;
    /** Set only if injected markup ran script: the XSS test asserts it never is. */
    __xss?: unknown;
  }
}
