import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';

/** Props of {@link RichText}: HTML rendered and sanitised at build time. */
export interface RichTextProps {
  html: string;
  /** Render inline (a span, no block margins), for option texts. */
  inline?: boolean;
  /** A feature's own class beside `markdown`, so its stylesheet styles this text without touching the shared one. */
  className?: string;
}

/** Escapes text so it shows as written: what a note shows when no build rendered its Markdown. */
export function plainHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const base = import.meta.env.BASE_URL;

/**
 * Shows a note's HTML as the build rendered it (the browser parses no Markdown). The only behaviour it
 * adds: in-app links go through the router and copy buttons copy their code (Mermaid diagrams arrive
 * drawn, as SVG).
 */
export function RichText({ html, inline = false, className }: RichTextProps) {
  const navigate = useNavigate();

  const onClick = (event: MouseEvent<HTMLElement>) => {
    const target = event.target as Element;
    const copy = target.closest<HTMLButtonElement>('button.code-copy');
    if (copy) {
      void copyCode(copy);
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

  const Tag = inline ? 'span' : 'div';
  return (
    <Tag
      className={[inline ? 'markdown-inline' : 'markdown', className].filter(Boolean).join(' ')}
      onClick={onClick}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

async function copyCode(button: HTMLButtonElement): Promise<void> {
  const code = button.parentElement?.querySelector('pre')?.textContent ?? '';
  try {
    await navigator.clipboard.writeText(code);
    button.dataset.copied = '';
    setTimeout(() => delete button.dataset.copied, 2000);
  } catch {
    // Without clipboard access (an insecure origin, a denied permission) the code stays selectable.
  }
}
