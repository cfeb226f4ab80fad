import { childCut } from './html-cuts';

/** The attribute of the <noscript> that holds a group of a long note's later blocks in its pre-rendered page. */
export const LATER_SOURCE = 'data-later-source';

// The pre-render's parser yield points (parser-yield.ts): parsed into the page, they would do nothing.
const YIELDS = /<script>[^<]*<\/script>/g;
// A remote image's own <noscript> (rehype-remote-images.ts), as a part's HTML holds it, and as a group kept as
// text holds it: where scripts run, the group's <noscript> would end at the first "</noscript>" inside it.
const IMAGE_NOSCRIPT = /<noscript>(<img\b[^<>]*>)<\/noscript>/g;
const IMAGE_HELD = /<span data-later-noscript="">(<img\b[^<>]*>)<\/span>/g;

/**
 * A later part's HTML as a group kept as text holds it: a remote image's <noscript> becomes a <span> (for a reader
 * without scripts the same image in the same place; drawLaterSource makes it a <noscript> again).
 */
export function laterSourceHtml(html: string): string {
  return html.replace(IMAGE_NOSCRIPT, '<span data-later-noscript="">$1</span>');
}

/** Whether `text` (a part's HTML as laterSourceHtml gives it, or its widgets' data) can go inside a <noscript>. */
export function fitsLaterSource(text: string): boolean {
  return !/<\/noscript/i.test(text);
}

/** The <noscript> children of `group` that hold its blocks as text (its children only: no walk of its content). */
function sourcesOf(group: Element): Element[] {
  return [...group.children].filter((child) => child.localName === 'noscript' && child.hasAttribute(LATER_SOURCE));
}

/**
 * A part of a group being drawn a few of its children at a time (drawLaterPiece): its element, in the page, the
 * HTML of its children, and how far into it the drawing is. The group's <noscript> holds the blocks after it.
 */
interface OpenPart {
  element: Element;
  html: string;
  at: number;
}

const openParts = new WeakMap<Element, OpenPart>();

/**
 * A group's <noscript> being drawn a piece at a time: its text, read once, and how far into it the drawing is.
 * The text stays in the <noscript> (which shows nothing where scripts run) until all of it is drawn: rewritten
 * after each piece, the rest of a ~100 KB group was copied a dozen times over.
 */
interface Reading {
  text: string;
  at: number;
}

const readings = new WeakMap<Element, Reading>();

function readingOf(source: Element): Reading {
  const known = readings.get(source);
  if (known) return known;
  // Where scripts run, the <noscript>'s content is one text node: the HTML as the pre-render wrote it.
  const reading = { text: source.textContent ?? '', at: 0 };
  readings.set(source, reading);
  return reading;
}

/**
 * Whether `group` (a group of a long note's later blocks) still holds blocks as the pre-render wrote them in a
 * <noscript> (see LaterGroup): HTML for a reader without scripts, one run of text where scripts run; or a part
 * drawn only in part.
 */
export function holdsLaterSource(group: Element): boolean {
  return openParts.has(group) || sourcesOf(group).length > 0;
}

// Where a block of a group starts in its text: a part (RichText) or a widget (HydrateWhenNear's static copy).
const BLOCK_START = /<div class="markdown" data-part="|<div data-widget="/g;
const PART_START = '<div class="markdown" data-part="';
const PART_END = '</div>';

/**
 * Where `text` (blocks as kept), read from `from` (the start of a block), can be cut after whole blocks: at the
 * last start of a block at most `maxChars` past `from`, or at the start of the block after the first when that
 * one is longer, or at its end. Reads only as far as it needs.
 */
function blocksCut(text: string, from: number, maxChars: number): number {
  const end = from + maxChars;
  if (end >= text.length) return text.length;
  const starts = new RegExp(BLOCK_START.source, 'g');
  starts.lastIndex = from + 1;
  let cut = from;
  for (let match = starts.exec(text); match; match = starts.exec(text)) {
    if (match.index > end && cut > from) return cut;
    cut = match.index;
    if (cut >= end) return cut;
  }
  return cut > from ? cut : text.length;
}

/** Parses `html` (blocks as kept) through a <template>: scripts parsed there never run. */
function parsed(document: Document, html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html.replace(YIELDS, '').replace(IMAGE_HELD, '<noscript>$1</noscript>');
  return template.content;
}

/** Draws the next children of `open` up to `maxChars` of their HTML (at least one); returns how much it drew. */
function drawOpenPart(group: Element, open: OpenPart, maxChars: number): number {
  const from = open.at;
  const cut = childCut(open.html, maxChars, from);
  open.element.append(parsed(group.ownerDocument, open.html.slice(from, cut)));
  open.at = cut;
  if (cut >= open.html.length) openParts.delete(group);
  return Math.max(cut - from, 1);
}

/**
 * Makes the next of the blocks `group` holds as text (holdsLaterSource) elements of the page, in order, before
 * its <noscript>: whole blocks up to `maxChars` of their HTML, or, when the next block is a part longer than
 * that, its element and its first children up to that much (its other children in the next calls). The
 * <noscript> goes once all it holds is drawn. Returns how many characters of HTML it drew: 0 when the group held
 * nothing.
 */
export function drawLaterPiece(group: Element, maxChars: number): number {
  const open = openParts.get(group);
  if (open) return drawOpenPart(group, open, maxChars);
  const [source] = sourcesOf(group);
  if (!source) return 0;
  const reading = readingOf(source);
  const { text, at } = reading;
  const cut = blocksCut(text, at, maxChars);
  reading.at = cut;
  const block = text.slice(at, cut);
  const tagEnd = block.indexOf('>') + 1;
  if (cut - at > maxChars && block.startsWith(PART_START) && block.endsWith(PART_END) && tagEnd > 0) {
    // A part longer than a piece: its element now, empty, and its children a piece at a time.
    const fragment = parsed(group.ownerDocument, block.slice(0, tagEnd) + PART_END);
    const element = fragment.firstElementChild;
    if (element) {
      source.before(fragment);
      if (cut >= text.length) source.remove();
      const part = { element, html: block.slice(tagEnd, -PART_END.length), at: 0 };
      if (part.html === '') return tagEnd;
      openParts.set(group, part);
      return tagEnd + drawOpenPart(group, part, Math.max(1, maxChars - tagEnd));
    }
  }
  if (at === 0 && cut >= text.length) source.replaceWith(parsed(group.ownerDocument, text));
  else {
    source.before(parsed(group.ownerDocument, block));
    if (cut >= text.length) source.remove();
  }
  return Math.max(cut - at, 1);
}

/** Makes every block `group` holds as text elements of the page, and says whether there were any. */
export function drawLaterSource(group: Element): boolean {
  let drew = false;
  while (drawLaterPiece(group, Infinity) > 0) drew = true;
  return drew;
}

/**
 * The group among `groups` whose blocks hold the element of id `id` still as text (holdsLaterSource), or
 * undefined: where a link to a heading in a part the page has not drawn yet points.
 */
export function groupHoldingId(groups: Iterable<Element>, id: string): Element | undefined {
  const escaped = id.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  const needle = `id="${escaped}"`;
  for (const group of groups) {
    const open = openParts.get(group);
    if (open?.html.includes(needle, open.at)) return group;
    if (sourcesOf(group).some((source) => {
      const reading = readings.get(source);
      return reading ? reading.text.includes(needle, reading.at) : source.textContent?.includes(needle);
    })) return group;
  }
  return undefined;
}
