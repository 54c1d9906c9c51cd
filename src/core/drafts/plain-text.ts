/**
 * Values woven into a draft are one line of plain text (issue 12, item 7): a multi-line `topic`
 * or `name` must never inject a heading into the note, and HTML, `![[embeds]]` and links are
 * reduced to the words a reader would see. Every step is a single linear pass.
 */

// eslint-disable-next-line no-control-regex -- control characters are exactly what goes.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff\u00ad]/g;

export function plainLine(text: string): string {
  return text
    .split(/\r\n|[\n\r\u2028\u2029\u0085]/)
    .map((line) =>
      line
        // Markdown line starts: headings, quotes, list markers.
        .replace(/^\s{0,3}(?:#{1,6}(?=\s|$)|>+|[-*+](?=\s)|\d{1,9}[.)](?=\s))\s*/, '')
        // Embeds (images, notes) have no words to keep; links keep their alias or target.
        // Each class stops at the next bracket, so a line full of `[[` is still one pass.
        .replace(/!\[\[[^[\]\n]*\]\]/g, ' ')
        .replace(/!\[[^[\]\n]*\]\([^()\n]*\)/g, ' ')
        .replace(/\[\[([^[\]|\n]*)\|([^[\]\n]*)\]\]/g, '$2')
        .replace(/\[\[([^[\]#|\n]*)(?:#[^[\]\n]*)?\]\]/g, '$1')
        .replace(/\[([^[\]\n]*)\]\([^()\n]*\)/g, '$1')
        .replace(/<[^<>\n]*>/g, ' ')
        .replace(/\*\*|__|==|~~|`/g, ''),
    )
    .join(' ')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '')
    .replace(/\s+/g, ' ')
    .trim();
}
