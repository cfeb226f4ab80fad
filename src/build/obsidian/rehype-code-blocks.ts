import type { Element, ElementContent, Nodes, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { COPY_LABELS } from '../../content/copy-button.ts';
import { drawMermaid } from './mermaid-svg.ts';

/** What {@link rehypeCodeBlocks} found: how many ```mermaid blocks the note has. */
export interface CodeBlockReport {
  mermaid: number;
}

const languageOf = (code: Element) =>
  ((code.properties.className as string[] | undefined) ?? []).find((name) => name.startsWith('language-'))?.slice(9) ?? null;

/**
 * Fenced code after highlighting: ```mermaid blocks become an SVG drawn at build time (the browser loads no
 * Mermaid and needs no inline style) and every other block gets a copy button, labelled in both interface
 * languages so the build needs no language; CSS shows the one that matches `<html lang>`. A diagram the
 * build cannot draw keeps its source as a code block, with a caption saying so.
 */
export function rehypeCodeBlocks(report: CodeBlockReport) {
  return (tree: Root): void => visit(tree, report);
}

function visit(node: Nodes, report: CodeBlockReport): void {
  if (!('children' in node)) return;
  node.children = node.children.map((child) => {
    if (child.type !== 'element') return child;
    const code = child.tagName === 'pre' ? child.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code') : undefined;
    if (!code) {
      visit(child, report);
      return child;
    }
    const language = languageOf(code);
    if (language === 'mermaid') {
      report.mermaid += 1;
      const drawn = drawMermaid(toText(code, { whitespace: 'pre' }));
      if (drawn.ok) {
        const caption = drawn.title ? [h('figcaption', {}, [{ type: 'text', value: drawn.title }])] : [];
        return h('figure', { className: ['mermaid-diagram'] }, [...caption, drawn.svg]);
      }
      // Said in both interface languages (CSS shows the reader's); content:check gives the line and the reason.
      const notice = drawn.supported
        ? [label('en', `This diagram (${drawn.kind}) has a line that cannot be drawn; its source is shown.`), label('ko', `이 다이어그램(${drawn.kind})에 그릴 수 없는 줄이 있어 원문을 보여 줍니다.`)]
        : [label('en', `This kind of diagram (${drawn.kind}) cannot be drawn; its source is shown.`), label('ko', `이 다이어그램 종류(${drawn.kind})는 그릴 수 없어 원문을 보여 줍니다.`)];
      return h('div', { className: ['mermaid-source'] }, [h('p', { className: ['mermaid-undrawn'] }, notice), codeBlock(child, language)]);
    }
    return codeBlock(child, language);
  }) as typeof node.children;
}

const label = (lang: string, value: string, className?: string) =>
  h('span', { lang, className: className ? ['copy-label', className] : ['ui-lang'] }, [{ type: 'text', value }]);

const copyButton = () => h('button', { type: 'button', className: ['code-copy'] }, COPY_LABELS.map(([lang, text, state]) => label(lang, text, state)));

/**
 * A code block's Copy button as the build's HTML spells it: a page that draws no button where the app will
 * (a long note's later parts, see partsTableModule) takes exactly this out.
 */
export const COPY_BUTTON_HTML = unified().use(rehypeStringify).stringify({ type: 'root', children: [copyButton()] });

function codeBlock(pre: Element, language: string | null): Element {
  return h('div', { className: ['code-block'], ...(language ? { dataLanguage: language } : {}) }, [copyButton(), pre]);
}

function h(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}
