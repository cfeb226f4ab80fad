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

// Processors are attached once and frozen: a note renders every question stem, option and explanation on its
// own, and attaching remark-gfm, remark-math, the callouts and the HTML plugins anew for each fragment cost
// several times the parse itself (most of a build's note rendering, in a CPU profile). What depends on the
// note (its source, links, headings) runs as plain transforms between the frozen steps, in the same order.
const syntax = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMath).freeze();
const blockRules = unified()
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
  .freeze();
const inlineRules = unified().use(remarkHighlight).freeze();
const inlineRulesWithBreaks = unified().use(remarkHighlight).use(remarkBreaks).freeze();

/** Parses Markdown and applies every Obsidian syntax rule, giving the syntax tree (also what embeds splice in). */
export function toObsidianTree(markdown: string, context: RenderContext): Root {
  const source = withListMarkers(markdown);
  const tree = syntax.parse(source);
  remarkMathGuard(source)(tree);
  blockRules.runSync(tree);
  remarkWiki(context)(tree);
  remarkInlineTags({ tagHref: context.tagHref })(tree);
  (context.strictLineBreaks ? inlineRules : inlineRulesWithBreaks).runSync(tree);
  // Frontmatter is the note's data, not its text (embeds of a whole note start below it).
  tree.children = tree.children.filter((node) => node.type !== 'yaml');
  return tree;
}

// The HTML steps, frozen like the syntax: rehype-highlight alone registers every common language each time it
// is attached. MathML only: the browser lays it out natively, with no stylesheet, no fonts and no style
// attributes, which the published CSP (style-src 'self') would refuse.
const toSafeHast = unified()
  .use(remarkRehype)
  .use(rehypeSanitize, NOTE_SCHEMA)
  .use(rehypeKatex, { throwOnError: false, output: 'mathml' } as never)
  .use(rehypeHighlight, { plainText: ['mermaid', 'math'] })
  .freeze();
const htmlFinish = unified()
  .use(rehypeTaskLabels)
  .use(rehypeExternalLinks, { rel: ['noopener', 'noreferrer'], target: '_blank' })
  .use(rehypeRemoteImages)
  .use(rehypeStringify)
  .freeze();

/** Turns an Obsidian syntax tree into safe HTML: sanitised, then typeset, highlighted and anchored (headings into `outline`). */
export function toHtml(tree: Root, slugger: GithubSlugger, report: RenderReport, outline?: OutlineHeading[]): string {
  return toHtmlParts(tree, slugger, report, Infinity, outline).join('');
}

/**
 * {@link toHtml} cut between top-level elements into parts of about `partBytes` each (a part holds at least
 * one element), so the browser can draw a long note a part at a time.
 */
export function toHtmlParts(tree: Root, slugger: GithubSlugger, report: RenderReport, partBytes: number, outline?: OutlineHeading[]): string[] {
  const html = toSafeHast.runSync(tree) as HastRoot;
  rehypeCodeBlocks(report)(html);
  rehypeAnchors(slugger, outline)(html);
  htmlFinish.runSync(html);
  const parts: string[] = [];
  let current = '';
  for (const child of partBytes === Infinity ? [html] : html.children.map((node): HastRoot => ({ type: 'root', children: [node] }))) {
    const text = htmlFinish.stringify(child as never) as string;
    if (current !== '' && current.length + text.length > partBytes) {
      parts.push(current);
      current = '';
    }
    current += text;
    report.math += text.split('<math').length - 1;
  }
  return current === '' && parts.length > 0 ? parts : [...parts, current];
}
