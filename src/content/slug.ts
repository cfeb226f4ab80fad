/** The URL slug of a note from its file path: the file name without extension, lower case, dashes. */
export function slugFromFile(file: string): string {
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
