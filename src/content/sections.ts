import type { Heading, Root, RootContent } from 'mdast';
import { classifyHeading, type HeadingKind } from './heading-kind.ts';
import { plainText } from './markdown-tree.ts';

/** A section of the root: its heading's index and the half-open range of children it covers (heading excluded). */
export interface Section {
  kind: HeadingKind;
  heading: number;
  start: number;
  end: number;
}

/** Every heading's section: from the heading to the next heading of the same or higher rank (lower depth). */
export function findSections(root: Root): Section[] {
  const children = root.children;
  const sections: Section[] = [];
  children.forEach((node, index) => {
    if (node.type !== 'heading') return;
    sections.push({
      kind: classifyHeading(plainText(node)),
      heading: index,
      start: index + 1,
      end: sectionEnd(children, index, node.depth),
    });
  });
  return sections;
}

function sectionEnd(children: RootContent[], from: number, depth: Heading['depth']): number {
  for (let i = from + 1; i < children.length; i += 1) {
    const node = children[i];
    if (node?.type === 'heading' && node.depth <= depth) return i;
  }
  return children.length;
}

/** The sections of one kind, outermost first; a section nested inside another of the same kind is dropped. */
export function sectionsOfKind(sections: Section[], kind: HeadingKind): Section[] {
  const picked: Section[] = [];
  for (const section of sections) {
    if (section.kind !== kind) continue;
    const last = picked[picked.length - 1];
    if (last !== undefined && section.heading < last.end) continue;
    picked.push(section);
  }
  return picked;
}
