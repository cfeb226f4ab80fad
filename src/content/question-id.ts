/** FNV-1a 32-bit hash of a string's UTF-16 code units, as 8 hex digits. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Stable question ids from the note slug and each whitespace-normalised stem; repeats get "-2", "-3"... */
export function questionIds(slug: string, stems: string[]): string[] {
  const seen = new Map<string, number>();
  return stems.map((stem) => {
    const base = fnv1a(`${slug}\n${stem.replace(/\s+/g, ' ').trim()}`);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}
