import { remarkCallout } from '@r4ai/remark-callout';
import type GithubSlugger from 'github-slugger';
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeHighlight from 'rehype-highlight';
import rehypeKatex from 'rehype-katex';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkBreaks from 'remark-breaks';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { withListMarkers } from '../../content/markdown-tree.ts';
import type { OutlineHeading } from '../../content/note-module.ts';
import { calloutKind } from './callout-kinds.ts';
import { rehypeAnchors } from './rehype-anchors.ts';
import { rehypeCodeBlocks, type CodeBlockReport } from './rehype-code-blocks.ts';
import { rehypeRemoteImages } from './rehype-remote-images.ts';
import { rehypeTaskLabels } from './rehype-task-labels.ts';
import { remarkBlockIds } from './remark-block-ids.ts';
import { remarkHighlight } from './remark-highlight.ts';
import { remarkInlineTags } from './remark-inline-tags.ts';
import { remarkMathGuard } from './remark-math-guard.ts';
import { remarkWiki } from './remark-wiki.ts';
import type { RenderContext } from './render-context.ts';
import { NOTE_SCHEMA } from './sanitize-schema.ts';

/** What a note needs in the browser beyond its HTML. */
export interface RenderReport extends CodeBlockReport {
  math: number;
}

/** Parses Markdown and applies every Obsidian syntax rule, giving the syntax tree (also what embeds splice in). */
export function toObsidianTree(markdown: string, context: RenderContext): Root {
  const source = withListMarkers(markdown);
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(remarkMath)
    .use(remarkMathGuard, source)
    .use(remarkCallout, {
      root: (callout) => ({
        tagName: callout.isFoldable ? 'details' : 'div',
        properties: {
          dataCallout: true,
          dataCalloutType: callout.type,
          dataCalloutKind: calloutKind(callout.type),
          ...(callout.isFoldable ? { open: callout.defaultFolded === false } : {}),
        },
      }),
    })
    .use(remarkBlockIds)
    .use(remarkWiki, context)
    .use(remarkInlineTags, { tagHref: context.tagHref })
    .use(remarkHighlight)
    .use(context.strictLineBreaks ? [] : [remarkBreaks]);
  const tree = processor.runSync(processor.parse(source)) as Root;
  // Frontmatter is the note's data, not its text (embeds of a whole note start below it).
  tree.children = tree.children.filter((node) => node.type !== 'yaml');
  return tree;
}

// Highlighting set up once: rehype-highlight registers every common language each time its plugin is
// attached, and attaching it per fragment (every option and explanation) was most of a 5,000-note render.
const highlighter = unified().use(rehypeHighlight, { plainText: ['mermaid', 'math'] }).freeze();
const highlight = () => (tree: HastRoot) => highlighter.runSync(tree) as HastRoot;

/** Turns an Obsidian syntax tree into safe HTML: sanitised, then typeset, highlighted and anchored (headings into `outline`). */
export function toHtml(tree: Root, slugger: GithubSlugger, report: RenderReport, outline?: OutlineHeading[]): string {
  return toHtmlParts(tree, slugger, report, Infinity, outline).join('');
}

/**
 * {@link toHtml} cut between top-level elements into parts of about `partBytes` each (a part holds at least
 * one element), so the browser can draw a long note a part at a time.
 */
export function toHtmlParts(tree: Root, slugger: GithubSlugger, report: RenderReport, partBytes: number, outline?: OutlineHeading[]): string[] {
  const processor = htmlProcessor(slugger, report, outline);
  const html = processor.runSync(tree) as HastRoot;
  const parts: string[] = [];
  let current = '';
  for (const child of partBytes === Infinity ? [html] : html.children.map((node): HastRoot => ({ type: 'root', children: [node] }))) {
    const text = processor.stringify(child as never) as string;
    if (current !== '' && current.length + text.length > partBytes) {
      parts.push(current);
      current = '';
    }
    current += text;
    report.math += text.split('<math').length - 1;
  }
  return current === '' && parts.length > 0 ? parts : [...parts, current];
}

function htmlProcessor(slugger: GithubSlugger, report: RenderReport, outline?: OutlineHeading[]) {
  return unified()
    .use(remarkRehype)
    .use(rehypeSanitize, NOTE_SCHEMA)
    // MathML only: the browser lays it out natively, with no stylesheet, no fonts and no style attributes,
    // which the published CSP (style-src 'self') would refuse.
    .use(rehypeKatex, { throwOnError: false, output: 'mathml' } as never)
    .use(highlight)
    .use(rehypeCodeBlocks, report)
    .use(rehypeAnchors, slugger, outline)
    .use(rehypeTaskLabels)
    .use(rehypeExternalLinks, { rel: ['noopener', 'noreferrer'], target: '_blank' })
    .use(rehypeRemoteImages)
    .use(rehypeStringify);
}
