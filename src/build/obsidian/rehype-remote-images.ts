import type { Element, ElementContent, Nodes, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

const REMOTE = /^(https?:)?\/\//i;
// Obsidian's `![alt|300](url)` and `![alt|300x200](url)`: a size written after the alt text.
const SIZED_ALT = /^(.*?)\s*\|\s*(\d{1,5})(?:x(\d{1,5}))?$/s;
// The box an image of unknown shape is given, so the page never moves when it arrives (it is drawn inside, scaled down).
const DEFAULT_RATIO = { width: 16, height: 9 };

/**
 * Remote images (`![](https://…)`) are written so that nothing fetches them until the browser's app decides,
 * by the reader's "Remote images" setting: the `<img>` sits inside `<noscript>`, which a browser with scripts
 * on never parses into an element (so neither the page nor its preload scanner asks the host), while a reader
 * without scripts gets the image as before. Beside it, a placeholder with the alt text, the host and a button
 * that loads this one image (src/ui/remote-images.ts); the button's label is in both interface languages and
 * CSS shows the reader's, as the build has no language. An empty SVG of the image's shape reserves its box.
 */
export function rehypeRemoteImages() {
  return (tree: Root): void => visit(tree, false);
}

function visit(node: Nodes, inLink: boolean): void {
  if (!('children' in node)) return;
  node.children = node.children.map((child) => {
    if (child.type !== 'element') return child;
    const src = child.tagName === 'img' ? String(child.properties.src ?? '') : '';
    if (!REMOTE.test(src)) {
      visit(child, inLink || child.tagName === 'a');
      return child;
    }
    return deferred(child, src, inLink);
  }) as typeof node.children;
}

/** The alt text without an Obsidian size, and the size: from `|WxH` after the alt, else the element's attributes. */
function readSize(img: Element): { alt: string; width?: number; height?: number } {
  const alt = String(img.properties.alt ?? '');
  const sized = alt.match(SIZED_ALT);
  if (sized) return { alt: sized[1] ?? '', width: Number(sized[2]), ...(sized[3] ? { height: Number(sized[3]) } : {}) };
  const number = (value: unknown) => (/^\d{1,5}$/.test(String(value ?? '')) ? Number(value) : undefined);
  return { alt, width: number(img.properties.width), height: number(img.properties.height) };
}

function deferred(img: Element, src: string, inLink: boolean): Element {
  const { alt, width, height } = readSize(img);
  const host = hostOf(src);
  const shape = width && height ? { width, height } : DEFAULT_RATIO;
  const fallback = h('img', { src, alt, width, height, referrerPolicy: 'no-referrer', loading: 'lazy', decoding: 'async' }, []);
  const label = (lang: string, value: string) => h('span', { lang, className: ['ui-lang'] }, [text(value)]);
  const placeholder = h('span', { className: ['remote-image-placeholder'] }, [
    h('span', { className: ['remote-image-alt'] }, [text(alt || host)]),
    h('span', { className: ['remote-image-host'] }, [text(host)]),
    // Inside a link a button would nest one control in another: there the Settings page loads images.
    ...(inLink ? [] : [loadButton([
      label('en', 'Load image'), label('ko', '이미지 불러오기'),
      // The button's name says which image, for a screen reader going from button to button.
      h('span', { className: ['sr-only'] }, [text(`: ${alt || host}`)]),
    ])]),
  ]);
  const box = h('svg', { className: ['remote-image-box'], viewBox: `0 0 ${shape.width} ${shape.height}`, width, ariaHidden: 'true', focusable: 'false' }, []);
  return h('span', { className: ['remote-image'], dataRemoteSrc: src, dataRemoteAlt: alt, dataRemoteWidth: width, dataRemoteHeight: height },
    [box, h('noscript', {}, [fallback]), placeholder]);
}

/** A remote image's Load button, with its labels. */
function loadButton(children: ElementContent[]): Element {
  return h('button', { type: 'button', className: ['btn', 'btn-small', 'remote-image-load'] }, children);
}

/** The opening tag of a remote image's Load button as the build's HTML spells it. */
export const REMOTE_LOAD_OPEN = unified().use(rehypeStringify).stringify({ type: 'root', children: [loadButton([])] }).replace(/<\/button>$/, '');

/**
 * The opening tag of a Load button's place (StaticCopy's button-place): the button's box and labels, seen and
 * heard by no one, where the app draws the button (src/ui/remote-images.ts, drawRemoteLoadButtons).
 */
export const REMOTE_LOAD_PLACE_OPEN = '<span class="btn btn-small remote-image-load button-place" aria-hidden="true">';

/** The host a URL names, shown so the reader knows who would see the request. */
function hostOf(src: string): string {
  try {
    return new URL(src, 'https://invalid.example').host;
  } catch {
    return src;
  }
}

const text = (value: string): ElementContent => ({ type: 'text', value });

function h(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}
