import { PARSER_YIELD } from '../../content/parser-yield';

/** The attribute naming the note of each <noscript> that holds a piece of its long outline (see outlineSourceHtml). */
const SOURCE = 'data-outline';

const escapeAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * A long note's outline (`pieces` of its items, outline-html.ts), each piece inside a <noscript>: HTML for a reader
 * without scripts, a run of text where scripts run, which outlineFromPage reads back. A piece's closing parser
 * yield point (parser-yield.ts) goes after its <noscript>: inside, where scripts run, it was text like the rest, so
 * the parser met no yield point in the whole outline (77 pieces, 3 MB at 20 MB) and parsed it in one task of
 * ~300 ms of CPU on the phone reader (CPU x4).
 */
export function outlineSourceHtml(slug: string, pieces: readonly string[]): string {
  return pieces
    .map((piece) => {
      const yields = piece.endsWith(PARSER_YIELD);
      const items = yields ? piece.slice(0, -PARSER_YIELD.length) : piece;
      return `<noscript ${SOURCE}="${escapeAttribute(slug)}">${items}</noscript>${yields ? PARSER_YIELD : ''}`;
    })
    .join('');
}

/** The class of the outline's side copy (NoteOutline), the copy whose list holds the pieces in a pre-rendered page. */
const SIDE_COPY = 'note-outline-side';

/**
 * Where the page holds the pieces of the outline that `list` (either copy's list) draws: the side copy, found by
 * climbing from `list` and looking at each ancestor's children, never the body's. Asked of the whole document, a
 * look for the pieces walked every element of the page: on the 20 MB note's (some 640,000) that was 130 ms of
 * one task after hydrating, on a phone (CPU x4). The document where no side copy is found.
 */
export function outlineSourceRoot(list: Element): ParentNode {
  for (let at: Element | null = list; at; at = at.parentElement) {
    if (at.classList.contains(SIDE_COPY)) return at;
    for (const child of at.children) if (child.classList.contains(SIDE_COPY)) return child;
  }
  return list.ownerDocument;
}

/**
 * The pieces of the note `slug`'s outline as its page holds them (outlineSourceHtml), or undefined if it holds
 * none. A piece's inline scripts (the pre-render's parser yield points) are left out: parsed, they do nothing.
 */
export function outlineFromPage(slug: string, root: ParentNode = document): string[] | undefined {
  const pieces: string[] = [];
  for (const source of root.querySelectorAll(`noscript[${SOURCE}]`)) {
    // Where scripts run, a piece is one text node, which innerHTML gives back as it was written.
    if (source.getAttribute(SOURCE) === slug) pieces.push(source.innerHTML.replace(/<script>[^<]*<\/script>/g, ''));
  }
  return pieces.length > 0 ? pieces : undefined;
}
