import type { List, ListItem, Paragraph } from 'mdast';
import { resolveBulletLabel, type BulletLabel } from './explanation-label.ts';
import { stripLeadingSymbols } from './labels.ts';
import { dedent, itemContent } from './list-item-source.ts';
import { endOffset, plainText, sourceOf, startLine, startOffset } from './markdown-tree.ts';
import type { LabelledText } from './text-match.ts';

/** Explanation bullets sorted out: text per option label, bullets that stay notes, and counts. */
export interface ExplanationsRead {
  byLabel: Map<string, string[]>;
  notes: string[];
  bullets: number;
  mapped: number;
  /** Explanations that name an option the question does not have (reported as diagnostics). */
  problems: { line: number; label: string }[];
  /** Indexes in `notes` of bullets led by a bold label, among labelled bullets, that named no option. */
  unmatched: number[];
}

/** A fresh, empty explanation record. */
export function emptyExplanations(): ExplanationsRead {
  return { byLabel: new Map(), notes: [], bullets: 0, mapped: 0, problems: [], unmatched: [] };
}

/**
 * Maps every top-level bullet of an explanation list to the option(s) its label names. A bullet naming one
 * option becomes that option's explanation; one naming several is kept in notes AND attached, verbatim, to
 * each named option; one naming none is kept in notes. Sub-bullets stay with their parent, except under an
 * unlabelled parent whose sub-bullets are labelled: the parent's own text becomes a note and each sub-bullet
 * is mapped on its own.
 */
export function mapExplanationList(list: List, markdown: string, options: LabelledText[], into: ExplanationsRead): void {
  mapExplanationItems(list.children, markdown, options, into);
}

/** Maps explanation bullets given as list items (see `mapExplanationList`). */
export function mapExplanationItems(items: ListItem[], markdown: string, options: LabelledText[], into: ExplanationsRead): void {
  const first = items[0];
  const last = items[items.length - 1];
  if (first === undefined || last === undefined) return;
  if (!items.some((item) => hasLabel(item, options) || hasLabelledSubItem(item, options))) {
    // A list that names no option (worked calculations, extra tips) stays whole, as one note.
    into.bullets += items.length;
    into.notes.push(dedent(markdown.slice(startOffset(first), endOffset(last)), Math.max(0, (first.position?.start.column ?? 1) - 1)).trim());
    return;
  }
  for (const item of items) mapItem(item, markdown, options, into);
}

function mapItem(item: ListItem, markdown: string, options: LabelledText[], into: ExplanationsRead): void {
  const found = bulletLabel(item, options);
  const nested = item.children.filter((child): child is List => child.type === 'list');
  if (found.label.labels.length === 0 && hasLabelledSubItem(item, options)) {
    const own = item.children.filter((child) => child.type !== 'list').map((child) => sourceOf(markdown, child).trim());
    if (own.length > 0) {
      into.bullets += 1;
      into.notes.push(own.join('\n\n'));
    }
    for (const list of nested) mapExplanationList(list, markdown, options, into);
    return;
  }
  const content = found.label.pure && found.contentFrom !== null ? itemContent(markdown, item, found.contentFrom) : null;
  // A bold label that names nothing, among bullets that do, is most likely an option retold in other words.
  if (found.label.labels.length === 0 && found.contentFrom !== null) into.unmatched.push(into.notes.length);
  recordExplanation(into, options, { labels: found.label.labels, verbatim: itemContent(markdown, item), content, line: startLine(item) });
}

/** One explanation entry: the labels it names, its text as written, and its text after a pure label (or null). */
export interface ExplanationEntry {
  labels: string[];
  verbatim: string;
  content: string | null;
  line: number;
}

/** Records one explanation entry: under the one option it names (label dropped), or under each and in notes. */
export function recordExplanation(into: ExplanationsRead, options: LabelledText[], entry: ExplanationEntry): void {
  into.bullets += 1;
  const known = new Set(options.map((option) => option.label));
  const labels = entry.labels.filter((label) => known.has(label));
  for (const label of entry.labels.filter((label) => !known.has(label))) {
    into.problems.push({ line: entry.line, label });
  }
  if (labels.length === 0) {
    into.notes.push(entry.verbatim);
    return;
  }
  into.mapped += 1;
  if (labels.length > 1) into.notes.push(entry.verbatim);
  const text = labels.length === 1 && entry.content !== null ? stripSeparator(entry.content) : entry.verbatim;
  for (const label of labels) {
    const texts = into.byLabel.get(label);
    if (texts) texts.push(text);
    else into.byLabel.set(label, [text]);
  }
}

function hasLabel(item: ListItem, options: LabelledText[]): boolean {
  return bulletLabel(item, options).label.labels.length > 0;
}

// "- **오답 옵션:**" with the labelled bullets one level down.
function hasLabelledSubItem(item: ListItem, options: LabelledText[]): boolean {
  return item.children.some((child) => child.type === 'list' && child.children.some((sub) => hasLabel(sub, options)));
}

/** The label of a bullet: its leading bold text, else an explicit "A)" / "Option A:" at the start of its text. */
function bulletLabel(item: ListItem, options: LabelledText[]): { label: BulletLabel; contentFrom: number | null } {
  const first = item.children[0];
  const none = { label: { labels: [], pure: false, explicit: false }, contentFrom: null };
  if (first?.type !== 'paragraph') return none;
  const lead = leadingPhrase(first);
  if (lead !== null) {
    const label = resolveBulletLabel(plainText(lead.node), options);
    // "**B**는 ...": the label is the subject of a sentence, so the text keeps it.
    const glued = lead.next?.type === 'text' && /^[\p{L}\p{N}]/u.test(lead.next.value);
    return { label: glued ? { ...label, pure: false } : label, contentFrom: endOffset(lead.node) };
  }
  const line = stripLeadingSymbols((plainText(first).split('\n')[0] ?? '').slice(0, 200));
  const cut = line.search(/\s[-–—:]\s|[:：]/);
  const head = cut > 0 ? line.slice(0, cut) : line;
  const label = resolveBulletLabel(head, options);
  // Without bold, only a marked letter ("A)", "Option A") or bare letters before a separator ("A: ...") count.
  const bare = label.pure && cut > 0;
  return label.explicit || bare ? { label: { ...label, pure: false }, contentFrom: null } : none;
}

type Phrasing = Paragraph['children'][number];

function leadingPhrase(paragraph: Paragraph): { node: Phrasing; next: Phrasing | undefined } | null {
  // A marker such as "❌ " or "✅ " may come before the bold label.
  const lead = paragraph.children.findIndex((child) => child.type !== 'text' || /[\p{L}\p{N}]/u.test(child.value));
  const first = paragraph.children[lead];
  if (first === undefined || (first.type !== 'strong' && first.type !== 'emphasis')) return null;
  return { node: first, next: paragraph.children[lead + 1] };
}

function stripSeparator(text: string): string {
  let i = 0;
  while (i < text.length && ' \t'.includes(text[i] ?? '')) i += 1;
  if ('-–—:：→'.includes(text[i] ?? 'x')) i += 1;
  return text.slice(i).trim();
}
