// A tag or a comment of the pre-render's HTML. Its attribute values are quoted (React and rehype write them so),
// and a `<` in text or in a value is escaped, so a `<` that is not one of these starts nothing.
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)(?:"[^"]*"|'[^']*'|[^'">])*>/g;
// Elements that have no end tag.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Elements whose content is text up to their end tag.
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/**
 * Where to cut `html` (the content of an element: a run of elements and text), read from `from` (a cut made
 * before), so that what comes between is whole top-level nodes: the last end of a top-level element at most `maxChars` past `from`, or, when the first one
 * ends further, its end (the least that can be drawn on its own). `html.length` when all of it fits, when it holds
 * no element, or when its tags do not balance (a stray end tag), which leaves it to be drawn whole.
 */
export function childCut(html: string, maxChars: number, from = 0): number {
  const end = from + maxChars;
  if (end >= html.length) return html.length;
  const tags = new RegExp(TAG.source, 'g');
  tags.lastIndex = from;
  let depth = 0;
  let cut = from;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    const [text, closing, rawName] = match;
    if (rawName !== undefined) {
      const name = rawName.toLowerCase();
      if (closing) depth -= 1;
      else if (RAW.has(name)) {
        const endTag = new RegExp(`</${name}[^>]*>`, 'gi');
        endTag.lastIndex = tags.lastIndex;
        if (!endTag.exec(html)) return html.length;
        tags.lastIndex = endTag.lastIndex;
      } else if (!VOID.has(name) && !text.endsWith('/>')) depth += 1;
    }
    if (depth < 0) return html.length;
    if (depth > 0) continue;
    const at = tags.lastIndex;
    if (at > end && cut > from) return cut;
    cut = at;
    if (at >= end) return cut;
  }
  return cut > from ? cut : html.length;
}
