/** Labels as a reader writes them down: "[S3 Bucket]" is the box "S3 Bucket", "↓ (Full Load)" is "Full Load". */

const PAIRS: Record<string, string> = { '[': ']', '(': ')', '{': '}' };

// Whether the text is one bracket group from its first to its last character ("[A] [B]" is two).
function enclosed(text: string, open: string): boolean {
  const close = PAIRS[open];
  if (!close || !text.startsWith(open) || !text.endsWith(close)) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === open) depth++;
    else if (text[i] === close && --depth === 0 && i < text.length - 1) return false;
  }
  return depth === 0;
}

/** A node's label without the square brackets drawn as its box; lists such as "[0, 1, 0]" keep theirs. */
export function tidyNodeLabel(label: string): string {
  if (!enclosed(label, '[') || label.includes(',')) return label;
  const inner = label.slice(1, -1).trim();
  return inner === '' ? label : inner;
}

/** An edge label without the brackets it was written in beside its arrow. */
export function tidyEdgeLabel(label: string): string {
  const text = label.trim();
  const open = text[0] ?? '';
  if (!enclosed(text, open)) return text;
  const inner = text.slice(1, -1).trim();
  return inner === '' ? text : inner;
}
