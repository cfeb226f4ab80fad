/**
 * Finds the note's own reason for its answers: the key-point section (`핵심 포인트`, `Key point`…),
 * else the explanation section (`설명`, `Explanation`), outside any question. Questions show it under
 * the right option when no bullet explains that option.
 */
import type { Root } from 'mdast';
import { normaliseHeading } from './heading-kind.ts';
import { headingAnchors } from './heading-anchors.ts';
import { plainText, sourceOf, startLine } from './markdown-tree.ts';
import type { Section } from './sections.ts';
import type { NoteReason } from './types.ts';

const KEY_POINT = /^(?:핵심\s*(?:학습\s*)?(?:포인트|요약|정리|요점)|요점(?:\s*정리)?|key\s+(?:points?|takeaways?|ideas?)|takeaways?|tl\s*dr|bottom\s+line)$/u;
const EXPLANATION = /^(?:설명|해설|풀이|explanation|why(?:\s+it\s+works)?)$/u;

/** What a section heading offers as the note's reason: a key point, an explanation, or nothing. */
export function reasonKind(heading: string): NoteReason['kind'] | null {
  const words = normaliseHeading(heading);
  if (KEY_POINT.test(words)) return 'key-point';
  if (EXPLANATION.test(words)) return 'explanation';
  return null;
}

/** Children of the root that a question took (its stem to its last explanation), inclusive. */
export interface TakenRange {
  first: number;
  last: number;
}

/**
 * The note's reason: its first key-point section, else its first explanation section; null when it has
 * neither. Whatever a question took (its own explanation labels, a question written under the heading)
 * is never offered as the reason.
 */
export function findReason(root: Root, sections: readonly Section[], markdown: string, taken: readonly TakenRange[] = []): NoteReason | null {
  const questions = sections.filter((section) => section.kind === 'question');
  const insideQuestion = (index: number) =>
    questions.some((q) => index >= q.heading && index < q.end) || taken.some((range) => index >= range.first && index <= range.last);
  const candidates = sections
    .filter((section) => !insideQuestion(section.heading))
    .map((section) => ({ section, kind: reasonKind(plainText(root.children[section.heading]!)) }))
    .filter((found): found is { section: Section; kind: NoteReason['kind'] } => found.kind !== null)
    .map((found) => ({ ...found, body: leadBlocks(root, found.section, markdown, insideQuestion) }))
    .filter((found) => found.body !== '');
  const chosen = candidates.find((found) => found.kind === 'key-point') ?? candidates[0];
  if (!chosen) return null;
  const body = chosen.body;
  const heading = root.children[chosen.section.heading]!;
  return {
    kind: chosen.kind,
    heading: plainText(heading).trim(),
    anchor: headingAnchors(root).get(chosen.section.heading) ?? '',
    markdown: body,
    line: startLine(heading),
  };
}

// The text before the section's first sub-heading, at most a few blocks: the reason, not the essay.
function leadBlocks(root: Root, section: Section, markdown: string, taken: (index: number) => boolean): string {
  const blocks: string[] = [];
  for (let i = section.start; i < section.end && blocks.length < 3; i += 1) {
    const node = root.children[i]!;
    if (node.type === 'heading' || taken(i)) break;
    if (node.type === 'thematicBreak' || node.type === 'html' || node.type === 'yaml') continue;
    blocks.push(sourceOf(markdown, node).trim());
  }
  return blocks.filter(Boolean).join('\n\n');
}
