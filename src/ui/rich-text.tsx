import { useContext, useEffect, useRef, type MouseEvent, type RefObject } from 'react';
import { useNavigate } from 'react-router';
import { COPY_BUTTON, copyCode } from './copy-code';
import { applyRemoteImages, RemoteImagesContext, showRemoteImage } from './remote-images';

/** Props of {@link RichText}: HTML rendered and sanitised at build time. */
export interface RichTextProps {
  /** null: no copy in the browser; keep the HTML the pre-rendered page holds here (a long note's later part). */
  html: string | null;
  /** Render inline (a span, no block margins), for option texts. */
  inline?: boolean;
  /** A feature's own class beside `markdown`, so its stylesheet styles this text without touching the shared one. */
  className?: string;
  /** The index of the long note's later part this text is (`data-part`), which useNoteParts fills in when empty. */
  part?: number;
}

/** Escapes text so it shows as written: what a note shows when no build rendered its Markdown. */
export function plainHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The HTML a note draws for a Markdown block: what the build rendered, its text escaped when no build rendered it,
 * or null when the page's data left it out because the pre-rendered page holds it (src/app/shown-html-data.ts):
 * RichText then keeps the page's own elements.
 */
export function markdownHtml(block: { markdown: string; html?: string | null }): string | null {
  if (block.html === null) return null;
  return block.html ?? plainHtml(block.markdown);
}

const base = import.meta.env.BASE_URL;

/**
 * What a click in a note's HTML does (one handler for a whole element and everything the build rendered inside
 * it, so it needs no component per block): in-app links go through the router, copy buttons copy their code, and
 * a remote image's button loads it.
 */
export function useRichTextClick(): (event: MouseEvent<HTMLElement>) => void {
  const navigate = useNavigate();
  return (event: MouseEvent<HTMLElement>) => {
    const target = event.target as Element;
    const copy = target.closest<HTMLButtonElement>(COPY_BUTTON);
    if (copy) {
      void copyCode(copy);
      return;
    }
    const load = target.closest<HTMLButtonElement>('button.remote-image-load');
    const holder = load?.closest<HTMLElement>('.remote-image');
    if (holder) {
      event.preventDefault();
      showRemoteImage(holder, true);
      return;
    }
    const link = target.closest<HTMLAnchorElement>('a[href]');
    const href = link?.getAttribute('href') ?? '';
    if (!link || link.target || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (href.startsWith(base) && !href.startsWith('//')) {
      event.preventDefault();
      void navigate(`/${href.slice(base.length)}`);
    }
  };
}

/**
 * What a note's HTML does in the browser, for the element `ref` holds (and everything the build rendered
 * inside it): {@link useRichTextClick}, and remote images load or wait as the reader chose.
 */
export function useRichTextBehaviour(ref: RefObject<HTMLElement | null>, html: string | null): (event: MouseEvent<HTMLElement>) => void {
  const source = useContext(RemoteImagesContext);

  // After hydration, never in the pre-render: until then a remote image is only its placeholder. The choice
  // reaches the images here, not through a render: read as a value (null while hydrating), its arrival drew
  // every text of the page again in one synchronous task right after hydrating, for no change of its HTML.
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const apply = () => applyRemoteImages(element, source.get());
    apply();
    return source.subscribe(apply);
  }, [ref, html, source]);

  return useRichTextClick();
}

/**
 * Shows a note's HTML as the build rendered it (the browser parses no Markdown), with what
 * {@link useRichTextBehaviour} adds (Mermaid diagrams arrive drawn, as SVG).
 */
export function RichText({ html, inline = false, className, part }: RichTextProps) {
  const ref = useRef<HTMLElement>(null);
  const onClick = useRichTextBehaviour(ref, html);
  const Tag = inline ? 'span' : 'div';
  return (
    <Tag
      ref={ref as never}
      className={[inline ? 'markdown-inline' : 'markdown', className].filter(Boolean).join(' ')}
      onClick={onClick}
      data-part={part}
      // Hydration keeps an element's own HTML, unread: a part the browser has no copy of stays as pre-rendered.
      dangerouslySetInnerHTML={{ __html: html ?? '' }}
      suppressHydrationWarning={html === null}
    />
  );
}
