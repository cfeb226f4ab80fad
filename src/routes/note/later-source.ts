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
 * Whether `group` (a group of a long note's later blocks) still holds its blocks as the pre-render wrote them
 * in a <noscript> (see LaterGroup): HTML for a reader without scripts, one run of text where scripts run.
 */
export function holdsLaterSource(group: Element): boolean {
  return sourcesOf(group).length > 0;
}

// Where a block of a group starts in its text: a part (RichText) or a widget (HydrateWhenNear's static copy).
const BLOCK_START = /<div class="markdown" data-part="|<div data-widget="/g;

/** Where `text` can be cut into whole blocks: the starts of its blocks after its first, then its end. */
function blockEnds(text: string): number[] {
  const ends = [...text.matchAll(BLOCK_START)].map((match) => match.index).filter((at) => at > 0);
  return [...ends, text.length];
}

/** Parses `html` (blocks as kept) through a <template>: scripts parsed there never run. */
function parsed(document: Document, html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html.replace(YIELDS, '').replace(IMAGE_HELD, '<noscript>$1</noscript>');
  return template.content;
}

/**
 * Makes the blocks `group` holds as text (holdsLaterSource) elements of the page, in the <noscript>'s place, and
 * says whether there were any. With `maxChars`, only the first whole blocks up to that much of their HTML (at
 * least one), put before the <noscript>, which keeps the rest: a slice of the work, for idle time.
 */
export function drawLaterSource(group: Element, maxChars = Infinity): boolean {
  const sources = sourcesOf(group);
  for (const source of sources) {
    // Where scripts run, the <noscript>'s content is one text node: the HTML as the pre-render wrote it.
    const text = source.textContent ?? '';
    const cut = maxChars >= text.length ? text.length : (blockEnds(text).findLast((at, i) => i === 0 || at <= maxChars) ?? text.length);
    if (cut >= text.length) {
      source.replaceWith(parsed(group.ownerDocument, text));
      continue;
    }
    source.before(parsed(group.ownerDocument, text.slice(0, cut)));
    source.textContent = text.slice(cut);
    return true;
  }
  return sources.length > 0;
}

/**
 * The group among `groups` whose blocks hold the element of id `id` still as text (holdsLaterSource), or
 * undefined: where a link to a heading in a part the page has not drawn yet points.
 */
export function groupHoldingId(groups: Iterable<Element>, id: string): Element | undefined {
  const escaped = id.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  const needle = `id="${escaped}"`;
  for (const group of groups) {
    if (sourcesOf(group).some((source) => source.textContent?.includes(needle))) return group;
  }
  return undefined;
}

/** What the page offers to run work when it is idle: requestIdleCallback, or a timeout where there is none. */
type Idle = (work: () => void) => () => void;

const browserIdle: Idle = (work) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => work());
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 50);
  return () => clearTimeout(id);
};

/**
 * The most of a group's HTML one idle callback draws. A whole group (some 100 KB of the 20 MB note's HTML) was a
 * task of 50-100 ms of CPU on a phone (CPU x4), most of it the fragment's parse.
 */
export const IDLE_SLICE_CHARS = 24 * 1024;

/**
 * Draws, from the top down, every group of `groups` that still holds its blocks as text, a slice of whole blocks
 * per idle callback (drawLaterSource), calling `onDrawn` with each group once it is whole, so that within
 * seconds of the page's load the whole note is elements again (find in page, a screen reader's list of
 * headings). Returns the function that stops it.
 */
export function drawLaterWhenIdle(groups: readonly Element[], onDrawn: (group: Element) => void, idle: Idle = browserIdle, sliceChars = IDLE_SLICE_CHARS): () => void {
  let next = 0;
  let cancel = () => {};
  const step = () => {
    while (next < groups.length) {
      const group = groups[next] as Element;
      const drew = drawLaterSource(group, sliceChars);
      if (!holdsLaterSource(group)) next += 1;
      if (!drew) continue;
      if (next > 0 && groups[next - 1] === group) onDrawn(group);
      break;
    }
    if (next < groups.length) cancel = idle(step);
  };
  cancel = idle(step);
  return () => cancel();
}
