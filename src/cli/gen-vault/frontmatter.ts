/** The YAML frontmatter block of a synthetic note, laid out as the real notes lay it out. */

/** What the frontmatter says about a note. */
export interface FrontmatterFields {
  title: string;
  created: string;
  modified: string;
  tags: readonly string[];
  aliases: readonly string[];
}

/** Writes the frontmatter with the blank lines inside the fences that the real notes have. */
export function writeFrontmatter(fields: FrontmatterFields): string {
  return [
    '---',
    '',
    `title: ${fields.title}`,
    `created: ${fields.created}`,
    `modified: ${fields.modified}`,
    'tags:',
    ...fields.tags.map((tag) => `- ${tag}`),
    `aliases: [${fields.aliases.map((alias) => JSON.stringify(alias)).join(', ')}]`,
    '',
    '---',
  ].join('\n');
}

/** Formats a UTC date as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
