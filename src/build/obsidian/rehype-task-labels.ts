import type { Element, Nodes, Root } from 'hast';
import { toText } from 'hast-util-to-text';

/**
 * Names each task's checkbox by the task's text (GFM renders a bare `<input>`), so a screen reader
 * says "Finished task, checked" rather than "checkbox".
 */
export function rehypeTaskLabels() {
  return (tree: Root): void => visit(tree);
}

function visit(node: Nodes): void {
  if (!('children' in node)) return;
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'li' && (child.properties.className as string[] | undefined)?.includes('task-list-item')) label(child);
    visit(child);
  }
}

function label(item: Element): void {
  const box = findInput(item);
  // The item's own text, without the nested lists below it.
  const own: Element = { ...item, children: item.children.filter((c) => !(c.type === 'element' && /^(ul|ol)$/.test(c.tagName))) };
  const text = toText(own).trim();
  if (box && text) box.properties.ariaLabel = text;
}

function findInput(node: Element): Element | null {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'input') return child;
    if (child.tagName === 'p') return findInput(child);
  }
  return null;
}
