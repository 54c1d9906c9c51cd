/**
 * Puts exactly `wanted` under `parent`, in that order, moving only the nodes that are out of
 * place and removing the rest: a redraw that changes one row moves or replaces that row alone.
 */
export function placeChildren(parent: HTMLElement, wanted: readonly HTMLElement[]): void {
  let cursor = parent.firstChild;
  for (const el of wanted) {
    if (el === cursor) cursor = cursor.nextSibling;
    else parent.insertBefore(el, cursor);
  }
  while (cursor !== null) {
    const next = cursor.nextSibling;
    cursor.remove();
    cursor = next;
  }
}
