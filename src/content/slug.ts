import { fnv1a } from './question-id.ts';

/**
 * The most UTF-8 bytes a slug may take. A slug names a JavaScript chunk (`<slug>-<hash>.js`), a pre-rendered
 * page and a URL, and file systems refuse names past 255 bytes: a Korean file name of 85 syllables already
 * fails, so a long name is cut well below that and keeps a hash of the whole name to stay unique.
 */
export const MAX_SLUG_BYTES = 120;

const encoder = new TextEncoder();

/** The slug of a file name as written, however long: the name without extension, lower case, dashes. */
function fullSlug(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const name = base.replace(/\.(md|markdown)$/i, '');
  const slug = name
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part !== '')
    .join('-');
  return slug === '' ? 'note' : slug;
}

/** A slug (or any name) cut to `maxBytes` at a character boundary, ending in a hash of the whole name when cut. */
export function boundSlug(slug: string, maxBytes = MAX_SLUG_BYTES): string {
  if (encoder.encode(slug).length <= maxBytes) return slug;
  const suffix = `-${fnv1a(slug)}`;
  let kept = '';
  let bytes = 0;
  for (const char of slug) {
    const size = encoder.encode(char).length;
    if (bytes + size > maxBytes - suffix.length) break;
    kept += char;
    bytes += size;
  }
  return `${kept.replace(/-+$/, '')}${suffix}`;
}

/** The URL slug of a note from its file path: the file name without extension, lower case, dashes, bounded in length. */
export function slugFromFile(file: string): string {
  return boundSlug(fullSlug(file));
}

/** Whether a file's name is too long for a slug of its own, so its URL (and chunk) had to be shortened. */
export function slugIsShortened(file: string): boolean {
  return slugFromFile(file) !== fullSlug(file);
}

/** Unique slugs for files in the given order; a repeated slug gets "-2", "-3"... and remembers whom it clashed with. */
export function assignUniqueSlugs(files: string[]): { slug: string; clashesWith: string | null }[] {
  const owner = new Map<string, string>();
  return files.map((file) => {
    const base = slugFromFile(file);
    const first = owner.get(base);
    if (first === undefined) {
      owner.set(base, file);
      return { slug: base, clashesWith: null };
    }
    let n = 2;
    while (owner.has(`${base}-${n}`)) n += 1;
    const slug = `${base}-${n}`;
    owner.set(slug, file);
    return { slug, clashesWith: first };
  });
}
