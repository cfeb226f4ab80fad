import ReactMarkdown, { defaultUrlTransform, type Components, type Options } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { Link } from 'react-router';
import './markdown.css';

/** Props of {@link Markdown}: the source and optional extra remark plugins (e.g. wiki links). */
export interface MarkdownProps {
  children: string;
  remarkPlugins?: Options['remarkPlugins'];
  /** Render inline only (no wrapping paragraph), for option texts and labels. */
  inline?: boolean;
}

const isExternal = (href: string) => /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');

/**
 * Links: in-app paths go through the router; everything else opens without handing the page to the
 * target (`noopener noreferrer`). Unsafe schemes were already emptied by the URL transform.
 */
const components: Components = {
  a: ({ href, children, node: _node, ...rest }) => {
    if (!href) return <span>{children}</span>;
    if (href.startsWith('/') && !href.startsWith('//')) return <Link to={href} {...rest}>{children}</Link>;
    return (
      <a href={href} {...rest} {...(isExternal(href) ? { rel: 'noopener noreferrer', target: '_blank' } : {})}>
        {children}
      </a>
    );
  },
};

const inlineComponents: Components = { ...components, p: ({ children }) => <>{children}</> };

/** Keeps http(s), mailto and relative URLs; `javascript:`, `data:` and other schemes become empty. */
export function safeUrl(url: string): string {
  return defaultUrlTransform(url);
}

/**
 * Renders note Markdown (GFM tables, lists, code) without executing anything it carries: raw HTML is
 * shown as text, never parsed into elements.
 */
export function Markdown({ children, remarkPlugins = [], inline = false }: MarkdownProps) {
  const md = (
    <ReactMarkdown
      remarkPlugins={[remarkGfm, ...(remarkPlugins ?? [])]}
      urlTransform={safeUrl}
      skipHtml={false}
      components={inline ? inlineComponents : components}
    >
      {children}
    </ReactMarkdown>
  );
  return inline ? md : <div className="markdown">{md}</div>;
}
