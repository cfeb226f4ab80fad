import type { Element, ElementContent, Nodes, Root } from 'hast';
import { toText } from 'hast-util-to-text';

/** What {@link rehypeCodeBlocks} found, so the note module knows whether to load Mermaid. */
export interface CodeBlockReport {
  mermaid: number;
}

const languageOf = (code: Element) =>
  ((code.properties.className as string[] | undefined) ?? []).find((name) => name.startsWith('language-'))?.slice(9) ?? null;

/**
 * Fenced code after highlighting: ```mermaid blocks become `<pre class="mermaid">` (drawn in the browser,
 * lazily) and every other block gets a copy button, labelled in both interface languages so the build
 * needs no language; CSS shows the one that matches `<html lang>`.
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
      return h('pre', { className: ['mermaid'] }, [{ type: 'text', value: toText(code, { whitespace: 'pre' }) }]);
    }
    const label = (lang: string, state: string, value: string) =>
      h('span', { lang, className: ['copy-label', `copy-${state}`] }, [{ type: 'text', value }]);
    const button = h('button', { type: 'button', className: ['code-copy'] }, [
      label('en', 'idle', 'Copy'), label('ko', 'idle', '복사'), label('en', 'done', 'Copied'), label('ko', 'done', '복사됨'),
    ]);
    return h('div', { className: ['code-block'], ...(language ? { dataLanguage: language } : {}) }, [button, child]);
  }) as typeof node.children;
}

function h(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}
