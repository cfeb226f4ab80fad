import type { Root, Yaml } from 'mdast';
import { parseDocument } from 'yaml';
import { diagnostic } from './diagnostic.ts';
import { startLine } from './markdown-tree.ts';
import type { Diagnostic } from './types.ts';

/** The frontmatter fields a note uses, normalised; null or empty when absent. */
export interface Frontmatter {
  /** An id the author gave the note; it names the note's questions across renames. */
  id: string | null;
  title: string | null;
  tags: string[];
  aliases: string[];
  created: string | null;
  modified: string | null;
}

/** What `readFrontmatter` returns: the fields and any problem found in the YAML. */
export interface FrontmatterResult {
  frontmatter: Frontmatter;
  diagnostics: Diagnostic[];
}

const EMPTY: Frontmatter = { id: null, title: null, tags: [], aliases: [], created: null, modified: null };

/** Reads the YAML frontmatter of a parsed note; broken YAML gives an error and empty fields, never a throw. */
export function readFrontmatter(root: Root, markdown: string): FrontmatterResult {
  const first = root.children[0];
  if (first?.type !== 'yaml') {
    // A note that opens with "---" but never closes it was meant to have frontmatter.
    const opensFence = /^---[ \t]*\r?\n/.test(markdown);
    return {
      frontmatter: EMPTY,
      diagnostics: opensFence
        ? [diagnostic('error', 1, 'frontmatter-unclosed')]
        : [],
    };
  }
  return readYaml(first);
}

function readYaml(node: Yaml): FrontmatterResult {
  // The YAML text starts on the line after the opening fence.
  const firstLine = startLine(node) + 1;
  const doc = parseDocument(node.value, { prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) {
    const diagnostics = doc.errors.map((error): Diagnostic =>
      diagnostic('error', firstLine + Math.max(0, (error.linePos?.[0]?.line ?? 1) - 1), 'frontmatter-broken', {
        detail: error.message.split('\n')[0] ?? 'parse error',
      }),
    );
    return { frontmatter: EMPTY, diagnostics };
  }
  let data: unknown;
  try {
    // Parsing accepts some documents that only fail when read as values: an alias to no anchor (`*Options:**`, as
    // Markdown bold looks to YAML) or too many aliases. Those are broken frontmatter too, not a note the parser cannot read.
    data = doc.toJS();
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0] || 'parse error';
    return { frontmatter: EMPTY, diagnostics: [diagnostic('error', firstLine, 'frontmatter-broken', { detail })] };
  }
  if (data === null || data === undefined) return { frontmatter: EMPTY, diagnostics: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      frontmatter: EMPTY,
      diagnostics: [diagnostic('error', firstLine, 'frontmatter-not-mapping')],
    };
  }
  const record = data as Record<string, unknown>;
  return {
    frontmatter: {
      id: scalar(record.id),
      title: scalar(record.title),
      tags: list(record.tags),
      aliases: list(record.aliases),
      created: scalar(record.created),
      modified: scalar(record.modified),
    },
    diagnostics: [],
  };
}

function scalar(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    const text = String(value).trim();
    return text === '' ? null : text;
  }
  return null;
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.map(scalar).filter((item): item is string => item !== null);
  }
  const single = scalar(value);
  // Obsidian also accepts "tags: a, b" as one string.
  return single === null ? [] : single.split(',').map((item) => item.trim()).filter((item) => item !== '');
}
