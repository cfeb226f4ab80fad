/** The pages the page audits (`npm run lighthouse`, `npm run paint:measure`) load from a built site, and their arguments. */
import { existsSync } from 'node:fs';
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

/** What a page audit is given: the built site, the preview server's port, and how many runs of each page. */
export interface AuditArgs {
  outDir: string;
  port: number;
  runs: number;
}

/** Reads `[DIR] [--port N] [--runs N]` over `defaults`, or null when they do not fit. */
export function readAuditArgs(argv: readonly string[], defaults: AuditArgs): AuditArgs | null {
  const args = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--port' || arg === '--runs') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) return null;
      if (arg === '--port') args.port = value;
      else args.runs = value;
    } else if (arg.startsWith('--')) return null;
    else args.outDir = arg;
  }
  return args;
}

/** Throws, saying what to run, when `outDir` holds no built site. */
export function assertBuilt(outDir: string): void {
  if (!existsSync(path.join(outDir, 'index.html'))) throw new Error(`${outDir}/index.html is missing: run npm run build first`);
}
