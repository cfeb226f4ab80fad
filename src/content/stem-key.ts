/**
 * The part of a question's stem that names the question: what stays when an author fixes a typo's case,
 * punctuation or emphasis, or adds a "(Choose two)" hint. Question ids hash it, and re-attaching progress
 * compares it.
 */

// "(Choose two.)", "(Select 3)", "(두 개를 고르세요)", "[복수 선택]": hints about how many to pick, not the question.
const HINT = /[([（【]\s*(?:(?:choose|select|pick)\s+(?:any\s+)?(?:one|two|three|four|five|\d)[^)\]）】]{0,20}|[^)\]）】]{0,12}(?:개|가지)\s*(?:를|을)?\s*(?:고르|선택)[^)\]）】]{0,12}|복수\s*(?:선택|정답)|multiple\s+answers?)\s*[)\]）】]/giu;
// Markdown that changes how the stem looks, not what it says.
const MARKUP = /!?\[\[([^\]|#]*)(?:[#|][^\]]*)?\]\]|!?\[([^\]]*)\]\([^)]*\)|[*_~`=]+|<[^>]+>/gu;
const BLOCK_ID = /\s\^[A-Za-z0-9-]+\s*$/u;

/** The stem reduced to lower-case letters and digits separated by single spaces. */
export function stemKey(stem: string): string {
  return stem
    .normalize('NFKC')
    .replace(BLOCK_ID, '')
    .replace(HINT, ' ')
    .replace(MARKUP, (_whole, wiki?: string, link?: string) => ` ${wiki ?? link ?? ''} `)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Character-bigram (Dice) similarity of two keys, 1 for equal keys and 0 for nothing in common. */
export function keySimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const grams = (text: string) => {
    const counts = new Map<string, number>();
    const compact = text.replace(/ /g, '');
    for (let i = 0; i < compact.length - 1; i += 1) {
      const gram = compact.slice(i, i + 2);
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
    return counts;
  };
  const left = grams(a);
  const right = grams(b);
  let shared = 0;
  let total = 0;
  for (const count of left.values()) total += count;
  for (const [gram, count] of right) {
    total += count;
    shared += Math.min(count, left.get(gram) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}
