/** The pages of a vault's site: every path that is pre-rendered and listed in sitemap.xml. */
import { tagPathSegments } from '../content/tag-url.ts';
import { normalizeTag } from '../content/tags.ts';
import type { NoteSummary } from '../content/note-summary.ts';

/** The pages with no data of their own: their frame is pre-rendered and the browser draws the rest. */
export const SHELL_PATHS = ['/practice', '/exam', '/review', '/progress', '/settings'] as const;

/**
 * Every tag the notes carry, with each parent level (`service` above `service/kms`), spelled as the tag
 * tree links them: each level keeps the first spelling seen, so `Service` then `service/s3` is `Service/s3`.
 */
export function tagPaths(notes: readonly Pick<NoteSummary, 'tags'>[]): string[] {
  const seen = new Map<string, string>();
  for (const note of notes) {
    for (const raw of note.tags) {
      const segments = normalizeTag(raw).split('/').filter(Boolean);
      let parent = '';
      for (let depth = 1; depth <= segments.length; depth++) {
        const key = segments.slice(0, depth).join('/').toLowerCase();
        if (!seen.has(key)) seen.set(key, parent ? `${parent}/${segments[depth - 1]}` : segments[depth - 1] ?? '');
        parent = seen.get(key) ?? '';
      }
    }
  }
  return [...seen.values()];
}

/** The longest file name most file systems take, in bytes: a folder per path segment must fit in it. */
const MAX_NAME_BYTES = 255;

/** Whether every segment of a decoded path can be a folder name on disk. */
export function fitsOnDisk(pagePath: string): boolean {
  return pagePath.split('/').every((segment) => Buffer.byteLength(segment) <= MAX_NAME_BYTES);
}

/**
 * The decoded paths to pre-render (React Router writes `<path>/index.html` as given, so a Korean tag
 * gets a folder a static host finds when it decodes the request): home, the lists, each note, its practice
 * (when it has questions) and each tag, and the shells. A tag's levels are escaped as its links escape them
 * (a tag `..` is a page of its own, never the folder above); a tag level too long for a folder name is left to the app's shell, which
 * every host serves for a path with no page.
 */
export function sitePaths(notes: readonly Pick<NoteSummary, 'slug' | 'tags' | 'questionCount'>[]): string[] {
  return [
    '/',
    '/notes',
    ...notes.map((note) => `/notes/${note.slug}`),
    // A note's practice is a page a reader lands on from the note, so its first question is in the HTML.
    ...notes.filter((note) => note.questionCount > 0).map((note) => `/practice/${note.slug}`),
    '/tags',
    ...tagPaths(notes).map((tag) => `/tags/${tagPathSegments(tag).join('/')}`).filter(fitsOnDisk),
    ...SHELL_PATHS,
  ];
}
