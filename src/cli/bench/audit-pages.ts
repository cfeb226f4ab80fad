/** The pages the page audits (`npm run lighthouse`, `npm run paint:measure`) load from a built site. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** One audited page: its name in reports and its path on the site. */
export interface AuditPage {
  name: string;
  path: string;
}

/**
 * Home, the first note and the first tag of the site's sitemap, and the practice a reader lands on from that
 * note (its own page, which the note's "Quiz me" links; the query form on a site built before practice pages
 * had one).
 */
export async function auditPages(outDir: string): Promise<AuditPage[]> {
  const sitemap = await readFile(path.join(outDir, 'sitemap.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  const note = paths.find((p) => p.startsWith('/notes/'));
  const tag = paths.find((p) => p.startsWith('/tags/'));
  if (!note || !tag) throw new Error(`${outDir}/sitemap.xml lists no note or no tag page`);
  const slug = note.slice('/notes/'.length);
  const practicePage = `/practice/${slug}`;
  return [
    { name: 'home', path: '/' },
    { name: 'note', path: note },
    { name: 'practice', path: paths.includes(practicePage) ? practicePage : `/practice?note=${slug}` },
    { name: 'tag', path: tag },
  ];
}
