import { boundSlug } from '../content/slug.ts';

/** The most UTF-8 bytes of a chunk's name in its file name, leaving room for `-<hash>.js` under 255 bytes. */
export const MAX_CHUNK_NAME_BYTES = 100;

/**
 * The file name of a JavaScript chunk, as Vite names it (`assets/[name]-[hash].js`) but with the name cut
 * and hashed when long: a note's chunk is named after its slug, and one name past 255 bytes failed the
 * whole build ("File name too long"), whatever slug rules let through.
 */
export function chunkFileName(chunk: { name: string }): string {
  return `assets/${boundSlug(chunk.name, MAX_CHUNK_NAME_BYTES)}-[hash].js`;
}
