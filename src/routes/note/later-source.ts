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

/**
 * Makes the blocks `group` holds as text (holdsLaterSource) elements of the page, in the <noscript>'s place, and
 * says whether there were any. Parsed through a <template>: scripts parsed there never run.
 */
export function drawLaterSource(group: Element): boolean {
  const sources = sourcesOf(group);
  for (const source of sources) {
    const template = group.ownerDocument.createElement('template');
    // Where scripts run, the <noscript>'s content is one text node: the HTML as the pre-render wrote it.
    template.innerHTML = (source.textContent ?? '').replace(YIELDS, '').replace(IMAGE_HELD, '<noscript>$1</noscript>');
    source.replaceWith(template.content);
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
 * Draws, from the top down, every group of `groups` that still holds its blocks as text, one group per idle
 * callback (a group is some 60 KB of HTML: one slice), calling `onDrawn` with each group drawn, so that within
 * seconds of the page's load the whole note is elements again (find in page, a screen reader's list of
 * headings). Returns the function that stops it.
 */
export function drawLaterWhenIdle(groups: readonly Element[], onDrawn: (group: Element) => void, idle: Idle = browserIdle): () => void {
  let next = 0;
  let cancel = () => {};
  const step = () => {
    while (next < groups.length) {
      const group = groups[next++] as Element;
      if (drawLaterSource(group)) {
        onDrawn(group);
        break;
      }
    }
    if (next < groups.length) cancel = idle(step);
  };
  cancel = idle(step);
  return () => cancel();
}
