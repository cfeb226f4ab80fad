import type { OutlineHeading } from '../../content/note-module.ts';

/** Headings per piece of a long outline's HTML: the browser appends one piece per task. */
export const OUTLINE_PIECE = 400;

// As React escapes text, so the items match what it draws for a short outline.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };
const escapeText = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

/** The element around each piece of a long outline: out of the accessibility tree's way, its items stay the list's. */
export const OUTLINE_PIECE_OPEN = '<div class="note-outline-piece" role="none">';

/**
 * A long note's outline as the `<li>` items of its list, in pieces of OUTLINE_PIECE headings: the same items
 * NoteOutline draws for a short one, built once here so the browser parses HTML instead of hydrating
 * thousands of elements, and the page's data does not carry the headings. Each piece is one element, which the
 * browser skips laying out while it is out of view (note-page.css): the side outline of a 20 MB note has
 * ~25,000 links, laid out whole in one task (and again for every piece appended) when they were the list's
 * own children.
 */
export function outlineHtml(outline: readonly OutlineHeading[], piece = OUTLINE_PIECE): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < outline.length; start += piece) {
    pieces.push(
      OUTLINE_PIECE_OPEN +
      outline
        .slice(start, start + piece)
        .map((heading) => {
          const sub = heading.depth > 2 ? ' class="note-outline-sub"' : '';
          // encodeURIComponent leaves no quote or angle bracket: the href needs no further escaping.
          return `<li${sub}><a href="#${encodeURIComponent(heading.id)}">${escapeText(heading.text)}</a></li>`;
        })
        .join('') +
      '</div>',
    );
  }
  return pieces;
}
