/** A ```mermaid block read for drawing: its kind (the header's first word), its lines and its title. */
export interface MermaidSource {
  /** The diagram's kind as written in its header (`flowchart`, `pie`, `gantt`…), lower-cased; '' when empty. */
  kind: string;
  /** The diagram without its frontmatter and comment lines, header first. */
  text: string;
  /** The frontmatter's `title:`, if any (Mermaid draws it above the diagram). */
  title: string | null;
}

// Mermaid's optional config block: `---` lines around YAML, before the header.
const FRONTMATTER = /^\s*---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/;

/**
 * Reads a block's kind and drawable text. Comment (`%%`) and config lines go, so the header is the first
 * line whatever precedes it, and `graph`/`flowchart` without a direction gets Mermaid's default (TD).
 */
export function readMermaidSource(source: string): MermaidSource {
  const frontmatter = FRONTMATTER.exec(source);
  const title = frontmatter?.[1]?.match(/^title:\s*(.+?)\s*$/m)?.[1]?.replace(/^(["'])(.*)\1$/, '$2') ?? null;
  const lines = source.slice(frontmatter?.[0].length ?? 0).split(/\r?\n/).filter((line) => !line.trim().startsWith('%%'));
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return { kind: '', text: '', title };
  const header = lines[first]!.trim();
  const kind = (header.split(/[\s;]/)[0] ?? '').toLowerCase();
  lines[first] = /^(graph|flowchart)$/i.test(header) ? `${header} TD` : header;
  return { kind, text: lines.slice(first).join('\n'), title };
}
