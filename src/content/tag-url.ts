/**
 * A tag as URL path segments, and back. Tags are data: a tag `..` once linked to `/`, `../settings` to
 * `/settings` (browsers resolve dot segments, percent-encoded or not), and a literal `%2F` turned into a
 * slash on the way back (React Router decodes a splat and then `%2F` again). So each level is escaped with
 * `~` before it is percent-encoded, and what reaches the router holds no `%` and no dot-only segment:
 * `~` is `~~`, `%` is `~p`, and each dot of a level made only of dots is `~.`.
 */

const escapeSegment = (segment: string) =>
  /^\.+$/.test(segment) ? segment.replace(/\./g, '~.') : segment.replace(/~/g, '~~').replace(/%/g, '~p');

const UNESCAPE: Record<string, string> = { '~': '~', p: '%', '.': '.' };

/** A tag's levels as the router sees them once it has percent-decoded the URL: each escaped (see above). */
export function tagPathSegments(tag: string): string[] {
  return tag.split('/').map(escapeSegment);
}

/** The URL path of a tag's page below `/tags/`: each level escaped (see above), then percent-encoded. */
export function encodeTagPath(tag: string): string {
  return tagPathSegments(tag).map(encodeURIComponent).join('/');
}

/** The tag a `/tags/*` splat names, as the router hands it over (already percent-decoded). */
export function decodeTagPath(splat: string): string {
  return splat.replace(/~([~p.])/g, (_whole, code: string) => UNESCAPE[code] ?? code);
}
